using System.Text;
using Mlops.Core.Errors;
using Mlops.Inference.Features;

namespace Mlops.Inference.Tests.Features;

/// <summary>Ratio features computed from the column names the document carries, on a small hand-written schema.</summary>
public sealed class RatioFeatureTests
{
    private static FeatureTransformDocument Document(params RatioDefinition[] ratios) => new()
    {
        FeaturesVersion = 1,
        FeatureSet = "full",
        CategoricalEncoding = "onehot",
        Scaling = "none",
        Target = "late",
        Classes = ["no", "yes"],
        TrainRows = 10,
        InputColumns =
        [
            new InputColumnDefinition("distance", "numeric"),
            new InputColumnDefinition("time", "numeric"),
            new InputColumnDefinition("mode", "categorical", Categories: ["bus", "car"]),
        ],
        Features =
        [
            new FeatureDefinition("distance", "distance", FeatureDefinition.Numeric),
            .. ratios.Select(r => new FeatureDefinition(r.Name, r.Name, FeatureDefinition.Ratio)),
        ],
        Ratios = ratios,
    };

    private static byte[] Json(FeatureTransformDocument document, params (string Old, string New)[] edits)
    {
        var text = Encoding.UTF8.GetString(FeatureTransform.FromDocument(document).ToJsonBytes());
        foreach (var (old, replacement) in edits)
        {
            Assert.Contains(old, text, StringComparison.Ordinal);
            text = text.Replace(old, replacement, StringComparison.Ordinal);
        }
        return Encoding.UTF8.GetBytes(text);
    }

    [Fact]
    public void Apply_RatioWithPower_DividesByDenominatorToThatPower()
    {
        var transform = FeatureTransform.FromDocument(Document(
            new RatioDefinition("speed", "distance", "time"), new RatioDefinition("acceleration", "distance", "time", 2)));
        var values = new float[transform.FeatureCount];

        transform.Apply(["90", "1.5", "bus"], values);

        Assert.Equal([90f, 60f, (float)(90 / 2.25)], values);
        Assert.Equal(["distance", "speed", "acceleration"], transform.FeatureSources);
    }

    [Fact]
    public void FromJson_SavedRatio_ComputesTheSame()
    {
        var document = Document(new RatioDefinition("acceleration", "distance", "time", 2));
        var (saved, loaded) = (new float[2], new float[2]);

        FeatureTransform.FromDocument(document).Apply(["90", "1.5", "car"], saved);
        FeatureTransform.FromJson(Json(document)).Apply(["90", "1.5", "car"], loaded);

        Assert.Equal(saved, loaded);
    }

    [Fact]
    public void FromDocument_RatioOfCategoricalInput_NamesRatioAndColumn()
    {
        var e = Assert.Throws<MlopsException>(() => FeatureTransform.FromDocument(Document(new RatioDefinition("per_mode", "distance", "mode"))));

        Assert.Contains("ratio 'per_mode' has denominator 'mode', which is not a numeric input column", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromDocument_RatioFeatureWithoutDefinition_SaysSo()
    {
        var document = Document(new RatioDefinition("speed", "distance", "time")) with { Ratios = [] };

        var e = Assert.Throws<MlopsException>(() => FeatureTransform.FromDocument(document));

        Assert.Contains("feature 'speed' is a ratio, but the transform defines no ratio 'speed'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_LegacyBmiFeature_RefusedWithRerunAdvice()
    {
        var json = Json(Document(new RatioDefinition("BMI", "distance", "time", 2)),
            (FeatureTransformDocument.CurrentFormat, FeatureTransformDocument.LegacyFormat), ("\"kind\": \"ratio\"", "\"kind\": \"bmi\""));

        var e = Assert.Throws<MlopsException>(() => FeatureTransform.FromJson(json));

        Assert.Contains("feature 'BMI' is of kind 'bmi'", e.Message, StringComparison.Ordinal);
        Assert.Contains("re-run the pipeline (mlops pipeline run)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_LegacyFormatWithoutBmi_Loads()
    {
        var json = Json(Document(), (FeatureTransformDocument.CurrentFormat, FeatureTransformDocument.LegacyFormat),
            ("\"features_version\": 1,", "\"features_version\": 1,\n  \"derived_bmi\": false,"));

        var transform = FeatureTransform.FromJson(json);

        Assert.Equal(["distance"], transform.FeatureNames);
    }
}
