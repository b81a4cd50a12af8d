using Mlops.Core.Errors;
using Mlops.Inference.Features;
using Mlops.Training.Features;
using Mlops.Training.Tests.Configuration;
using Mlops.Training.Tests.Features;

namespace Mlops.Inference.Tests.Features;

public sealed class FeatureTransformTests(CleanDataFixture data) : IClassFixture<CleanDataFixture>
{
    private static readonly string[] Record =
        ["Male", "30", "1.80", "81", "yes", "no", "2", "3", "Sometimes", "no", "2", "no", "1", "1", "Always", "Walking"];

    private FeatureTransform Fit(Mlops.Training.Configuration.PipelineParams? p = null) =>
        FeatureTransformFitter.Fit(p ?? data.Params, data.Inputs);

    private static float Feature(FeatureTransform t, float[] values, string name) => values[t.FeatureNames.ToList().IndexOf(name)];

    [Fact]
    public void Apply_CategoryAbsentFromTrain_StillGetsItsOneHotColumn()
    {
        var train = data.Inputs.Where(r => r[14] != "Always").ToList();
        var transform = FeatureTransformFitter.Fit(data.Params, train);
        var values = new float[transform.FeatureCount];

        transform.Apply(Record, values);

        Assert.Equal(1f, Feature(transform, values, "CALC=Always"));
        Assert.Equal(0f, Feature(transform, values, "CALC=Sometimes"));
        Assert.Equal(1f, Feature(transform, values, "Gender=Male"));
    }

    [Fact]
    public void Apply_NoScaling_ComputesBmiAndOrdinal()
    {
        var transform = Fit(CleanDataFixture.ParamsWith(("scaling: standard", "scaling: none"), ("encoding: onehot", "encoding: ordinal")));
        var values = new float[transform.FeatureCount];

        transform.Apply(Record, values);

        Assert.Equal((float)(81 / (1.8 * 1.8)), Feature(transform, values, "BMI"));
        Assert.Equal(30f, Feature(transform, values, "Age"));
        Assert.Equal(1f, Feature(transform, values, "CAEC"));
        Assert.Equal(2f, Feature(transform, values, "MTRANS"));
        Assert.Equal(17, transform.FeatureCount);
    }

    [Fact]
    public void Fit_MinMax_TrainFeaturesWithinUnitRange()
    {
        var transform = Fit(CleanDataFixture.ParamsWith(("scaling: standard", "scaling: minmax")));
        var values = new float[transform.FeatureCount];
        foreach (var row in data.Inputs)
        {
            transform.Apply(row, values);
            Assert.All(values, v => Assert.InRange(v, -1e-6f, 1 + 1e-6f));
        }
    }

    [Fact]
    public void Apply_ParsedOverload_EqualsTextOverload()
    {
        var transform = Fit();
        var parsed = Record.Select((v, i) => transform.ParseInput(i, v)).ToArray();
        var fromText = new float[transform.FeatureCount];
        var fromParsed = new float[transform.FeatureCount];

        transform.Apply(Record, fromText);
        transform.Apply(parsed, fromParsed);

        Assert.Equal(fromText, fromParsed);
    }

    [Fact]
    public void Apply_Repeated_AllocatesNothing()
    {
        var transform = Fit();
        var values = new float[transform.FeatureCount];
        transform.Apply(Record, values);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            transform.Apply(Record, values);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Apply_UnknownCategory_ThrowsNamingInputAndValue()
    {
        var transform = Fit();
        var record = (string[])Record.Clone();
        record[15] = "Rocket";

        var e = Assert.Throws<MlopsException>(() => transform.Apply(record, new float[transform.FeatureCount]));
        Assert.Contains("input 'MTRANS': 'Rocket' is not one of Public_Transportation", e.Message);
    }

    [Fact]
    public void Apply_MissingValue_GivesNaNAndZeroOneHot()
    {
        var transform = Fit();
        var record = (string[])Record.Clone();
        (record[1], record[15]) = ("", "NA");
        var values = new float[transform.FeatureCount];

        transform.Apply(record, values);

        Assert.True(float.IsNaN(Feature(transform, values, "Age")));
        Assert.Equal(0f, Feature(transform, values, "MTRANS=Walking"));
    }

    [Fact]
    public void SaveLoad_RoundTrip_KeepsHashAndOutputs()
    {
        using var dir = new TempDir();
        var transform = Fit();
        transform.Save(dir.File("ft.json"));
        var loaded = FeatureTransform.Load(dir.File("ft.json"));
        var (a, b) = (new float[transform.FeatureCount], new float[loaded.FeatureCount]);

        transform.Apply(Record, a);
        loaded.Apply(Record, b);

        Assert.Equal(transform.Hash, loaded.Hash);
        Assert.Equal(a, b);
        Assert.Equal(transform.InputSchema, loaded.InputSchema, (x, y) => x.Name == y.Name && x.Min == y.Min && x.Type == y.Type);
        Assert.Equal(2.2, loaded.InputSchema[2].Max);
        Assert.Equal(["Female", "Male"], loaded.InputSchema[0].Categories!);
    }

    [Fact]
    public void Load_NotATransform_SaysFormat()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("x.json"), "{\"format\": \"other\"}");
        var e = Assert.Throws<MlopsException>(() => FeatureTransform.Load(dir.File("x.json")));
        Assert.Contains("not a feature transform", e.Message);
    }

    [Theory]
    [InlineData("\"features\"", "'features'")]
    [InlineData("\"train_rows\"", "'train_rows'")]
    public void Load_RequiredPropertyMissing_NamesIt(string property, string named)
    {
        using var dir = new TempDir();
        var saved = dir.File("t.json");
        Fit().Save(saved);
        File.WriteAllText(saved, File.ReadAllText(saved).Replace(property, "\"renamed\"", StringComparison.Ordinal));

        var e = Assert.Throws<MlopsException>(() => FeatureTransform.Load(saved));

        Assert.Contains("not a feature transform", e.Message, StringComparison.Ordinal);
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WrongType_NotATransform()
    {
        using var dir = new TempDir();
        var saved = dir.File("t.json");
        Fit().Save(saved);
        File.WriteAllText(saved, File.ReadAllText(saved).Replace("\"features_version\": 1", "\"features_version\": \"one\"", StringComparison.Ordinal));

        var e = Assert.Throws<MlopsException>(() => FeatureTransform.Load(saved));

        Assert.Contains("not a feature transform", e.Message, StringComparison.Ordinal);
    }
}
