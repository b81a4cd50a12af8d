using Mlops.Inference.Signatures;
using Mlops.Training.Configuration;
using Mlops.Training.Features;
using Mlops.Training.Tests.Data;

namespace Mlops.Training.Tests.Features;

/// <summary>missing: impute is fitted on the training rows, stored in the transform, and applied the same at serving.</summary>
public sealed class ImputationTests
{
    private static PipelineParams Params(string ageKeys, string genderKeys = "") => DataFixture.Params(
        ("Age:                            { type: numeric, min: 10, max: 90 }", $"Age: {{ type: numeric, min: 10, max: 90{ageKeys} }}"),
        ("Gender:                         { type: categorical, categories: [Female, Male] }",
            $"Gender: {{ type: categorical, categories: [Female, Male]{genderKeys} }}"));

    // Raw inputs in schema order: Gender, Age, then the other 14 columns filled with valid values.
    private static string[] Row(string gender, string age) =>
        [gender, age, "1.7", "70", "yes", "no", "2", "3", "Sometimes", "no", "2", "no", "1", "1", "no", "Walking"];

    private static readonly string[][] Train = [Row("Male", "20"), Row("Male", ""), Row("Female", "30"), Row("Male", "50")];

    [Fact]
    public void Fit_MedianImpute_StoresTheTrainingMedianAndFillsMissingInputs()
    {
        var transform = FeatureTransformFitter.Fit(Params(", missing: impute"), Train);

        var age = transform.InputSchema[1];
        Assert.Equal("30", age.Impute);
        Assert.False(age.Required);
        var filled = new float[transform.FeatureCount];
        var given = new float[transform.FeatureCount];
        transform.Apply(Row("Male", ""), filled);
        transform.Apply(Row("Male", "30"), given);
        Assert.Equal(given, filled);
    }

    [Fact]
    public void Fit_MedianImpute_ScalesOnTheFilledValues()
    {
        var transform = FeatureTransformFitter.Fit(Params(", missing: impute"), Train);

        var age = transform.Document.Features.Single(f => f.Name == "Age");
        Assert.Equal(32.5, age.Shift, 9);
    }

    [Fact]
    public void Fit_MostFrequentAndConstant_FillWithTheCategoryAndTheGivenNumber()
    {
        var transform = FeatureTransformFitter.Fit(
            Params(", missing: impute, impute: constant, fill_value: 18", ", missing: impute, impute: most_frequent"),
            [Row("Male", "20"), Row("", "40"), Row("Female", "30"), Row("Male", "")]);

        Assert.Equal("Male", transform.InputSchema[0].Impute);
        Assert.Equal("18", transform.InputSchema[1].Impute);
    }

    [Fact]
    public void Signature_ImputedInput_IsOptionalAndScoresAMissingValueAsTheFill()
    {
        var transform = FeatureTransformFitter.Fit(Params(", missing: impute"), Train);
        var signature = new InputSignature(transform);

        Assert.False(signature.Required[1]);
        Assert.True(signature.Required[2]);
        Assert.Null(signature.CheckText(1, "", out var parsed));
        Assert.True(double.IsNaN(parsed));
    }

    [Fact]
    public void Fit_NoMissingKeys_WritesTheSameTransformAsBefore()
    {
        var transform = FeatureTransformFitter.Fit(Params(""), [Row("Male", "20"), Row("Female", "30")]);

        var json = System.Text.Encoding.UTF8.GetString(transform.ToJsonBytes());
        Assert.DoesNotContain("\"impute\"", json);
        Assert.DoesNotContain("\"other\"", json);
    }

    [Fact]
    public void Apply_OtherBucket_MapsAnUnlistedValueToTheOtherCategory()
    {
        var p = DataFixture.Params(("categories: [Public_Transportation, Automobile, Walking, Motorbike, Bike] }",
            "categories: [Public_Transportation, Automobile, rest], other: rest }"));
        var transform = FeatureTransformFitter.Fit(p, [Row("Male", "20"), Row("Female", "30")]);
        var signature = new InputSignature(transform);
        var mtrans = signature.IndexOf("MTRANS");

        Assert.Null(signature.CheckText(mtrans, "Bike", out var bike));
        Assert.Equal(2, bike);
    }
}
