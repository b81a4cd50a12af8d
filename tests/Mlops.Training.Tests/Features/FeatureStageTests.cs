using System.Globalization;
using Mlops.Core.Hashing;
using Mlops.Inference.Features;
using Mlops.Training.Features;
using Mlops.Training.Tests.Configuration;

namespace Mlops.Training.Tests.Features;

public sealed class FeatureStageTests(CleanDataFixture data) : IClassFixture<CleanDataFixture>, IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private FeatureStageResult Run(string prefix, Mlops.Training.Configuration.PipelineParams? p = null) => FeatureStage.Run(
        p ?? data.Params, data.CleanCsv, dir.File(prefix + "train.csv"), dir.File(prefix + "test.csv"), dir.File(prefix + "ft.json"));

    [Fact]
    public void Run_Twice_ByteIdenticalTransformAndTables()
    {
        var first = Run("a-");
        var second = Run("b-");

        Assert.Equal(File.ReadAllBytes(dir.File("a-ft.json")), File.ReadAllBytes(dir.File("b-ft.json")));
        Assert.Equal(File.ReadAllBytes(dir.File("a-train.csv")), File.ReadAllBytes(dir.File("b-train.csv")));
        Assert.Equal(File.ReadAllBytes(dir.File("a-test.csv")), File.ReadAllBytes(dir.File("b-test.csv")));
        Assert.Equal(first.TransformHash, second.TransformHash);
        Assert.Equal(ContentHash.OfFile(dir.File("a-ft.json")), first.TransformHash);
        Assert.Equal(2087, first.TrainRows + first.TestRows);
        var perClass = data.Labels.GroupBy(l => l).Sum(g => (int)Math.Round(g.Count() * 0.2, MidpointRounding.AwayFromZero));
        Assert.Equal(perClass, first.TestRows);
    }

    [Fact]
    public void Run_Full_WritesNamedFeaturesAndLabels()
    {
        var result = Run("");
        var table = FeatureTable.Load(dir.File("train.csv"));
        var transform = FeatureTransform.Load(dir.File("ft.json"));

        Assert.Equal(transform.FeatureNames, table.FeatureNames);
        Assert.Equal(result.FeatureCount, table.FeatureNames.Count);
        Assert.Equal(result.TrainRows, table.Labels.Length);
        Assert.Contains("CALC=Always", table.FeatureNames);
        Assert.Equal("BMI", table.FeatureNames[^1]);
        Assert.Equal("BMI", transform.FeatureSources[^1]);
        Assert.Equal("CALC", transform.FeatureSources[transform.FeatureNames.ToList().IndexOf("CALC=Always")]);
        Assert.Equal(data.Params.Schema.TargetClasses, transform.Classes);
        Assert.All(table.Labels, l => Assert.Contains(l, transform.Classes));
        Assert.EndsWith(",label", File.ReadLines(dir.File("train.csv")).First());
    }

    [Fact]
    public void Run_TransformFittedOnTrainOnly_ScalingStatsAreTrainStats()
    {
        Run("");
        var transform = FeatureTransform.Load(dir.File("ft.json"));
        var split = DatasetSplitter.Split(data.Labels, data.Params.Split);
        var ages = data.Inputs.Select(r => double.Parse(r[1], CultureInfo.InvariantCulture)).ToArray();
        var age = transform.Document.Features.Single(f => f.Name == "Age");

        Assert.Equal(split.Train.Length, transform.Document.TrainRows);
        Assert.Equal(split.Train.Select(i => ages[i]).Average(), age.Shift, 1e-9);
        Assert.NotEqual(ages.Average(), age.Shift, 1e-6);
    }

    [Fact]
    public void Apply_TrainRows_MatchesValuesWrittenInTable()
    {
        Run("");
        var transform = FeatureTransform.Load(dir.File("ft.json"));
        var table = FeatureTable.Load(dir.File("test.csv"));
        var split = DatasetSplitter.Split(data.Labels, data.Params.Split);
        var buffer = new float[transform.FeatureCount];

        for (var r = 0; r < split.Test.Length; r++)
        {
            transform.Apply(data.Inputs[split.Test[r]], buffer);
            Assert.Equal(table.Features[r], buffer);
            Assert.Equal(data.Labels[split.Test[r]], table.Labels[r]);
        }
    }

    [Fact]
    public void Run_HabitsOnly_HasNoHeightWeightOrBmi()
    {
        Run("", CleanDataFixture.ParamsWith(("set: full ", "set: habits_only ")));
        var names = FeatureTable.Load(dir.File("train.csv")).FeatureNames;

        Assert.DoesNotContain("Height", names);
        Assert.DoesNotContain("Weight", names);
        Assert.DoesNotContain("BMI", names);
        Assert.Contains("Age", names);
        Assert.Equal(16, FeatureTransform.Load(dir.File("ft.json")).InputColumns.Count);
    }
}
