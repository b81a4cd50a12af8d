using System.Text.Json;
using Mlops.Training.Configuration;
using Mlops.Training.Evaluation;
using Mlops.Training.Models;
using Mlops.Training.Tests.Models;

namespace Mlops.Training.Tests.Evaluation;

public class EvaluateStageTests
{
    [Fact]
    public void Run_TwiceOnSameInputs_WritesIdenticalMetricsAndAllFigures()
    {
        using var temp = new TempFolder();
        FeatureTableReader.Write(ObesityTables.Train, temp.File("train.csv"));
        FeatureTableReader.Write(ObesityTables.Test, temp.File("test.csv"));
        TrainedModels.Quick.Save(temp.File("model.zip"));
        var p = Params();

        EvaluateStage.Run(p, temp.File("model.zip"), temp.File("train.csv"), temp.File("test.csv"), temp.File("m1.json"), temp.File("fig1"));
        EvaluateStage.Run(p, temp.File("model.zip"), temp.File("train.csv"), temp.File("test.csv"), temp.File("m2.json"), temp.File("fig2"));

        Assert.Equal(File.ReadAllBytes(temp.File("m1.json")), File.ReadAllBytes(temp.File("m2.json")));
        foreach (var name in new[] { "confusion_matrix.png", "feature_importance.png", "confusion_matrix.json", "feature_importance.json" })
        {
            Assert.True(new FileInfo(Path.Combine(temp.File("fig1"), name)).Length > 100, name);
        }
    }

    [Fact]
    public void Run_ObesityModel_MetricsJsonHasHeadlineAndNestedSections()
    {
        using var temp = new TempFolder();
        FeatureTableReader.Write(ObesityTables.Train, temp.File("train.csv"));
        FeatureTableReader.Write(ObesityTables.Test, temp.File("test.csv"));
        TrainedModels.Quick.Save(temp.File("model.zip"));

        EvaluateStage.Run(Params(), temp.File("model.zip"), temp.File("train.csv"), temp.File("test.csv"), temp.File("metrics.json"), temp.File("figures"));

        using var json = JsonDocument.Parse(File.ReadAllText(temp.File("metrics.json")));
        var root = json.RootElement;
        Assert.True(root.GetProperty("accuracy").GetDouble() > 0.9);
        Assert.Equal(MeanCost(root.GetProperty("confusion_matrix").GetProperty("matrix"), Params().Evaluation.CostMatrix),
            root.GetProperty("business_cost").GetDouble(), 6);
        Assert.Equal(ObesityTables.Test.Rows, root.GetProperty("test_rows").GetInt32());
        Assert.Equal(ObesityTables.Test.Rows, root.GetProperty("evaluated_rows").GetInt32());
        Assert.False(root.GetProperty("evaluation_sample").GetProperty("sampled").GetBoolean());
        Assert.Equal(7, root.GetProperty("per_class").EnumerateObject().Count());
        Assert.Equal(7, root.GetProperty("confusion_matrix").GetProperty("matrix").GetArrayLength());
        var sources = root.GetProperty("feature_importance").GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("source").GetString()).ToArray();
        Assert.Contains("CAEC", sources);
        Assert.DoesNotContain(sources, s => s!.Contains('='));
        Assert.True(root.GetProperty("leakage").GetProperty("nearest_distance_median").GetDouble() > 0);
    }

    [Fact]
    public void Run_TestTableLargerThanMaxRows_EvaluatesAStratifiedSampleAndSaysSo()
    {
        using var temp = new TempFolder();
        FeatureTableReader.Write(ObesityTables.Train, temp.File("train.csv"));
        FeatureTableReader.Write(ObesityTables.Test, temp.File("test.csv"));
        TrainedModels.Quick.Save(temp.File("model.zip"));
        var p = Params();
        p = new PipelineParams { Schema = p.Schema, Model = p.Model, Evaluation = new EvaluationParams
        {
            CostMatrix = p.Evaluation.CostMatrix, PermutationRepeats = 2, LeakageDistance = 0.05, MaxRows = 150,
        } };

        var report = EvaluateStage.Run(p, temp.File("model.zip"), temp.File("train.csv"), temp.File("test.csv"), temp.File("metrics.json"), temp.File("figures"));

        using var json = JsonDocument.Parse(File.ReadAllText(temp.File("metrics.json")));
        var root = json.RootElement;
        Assert.Equal(ObesityTables.Test.Rows, root.GetProperty("test_rows").GetInt32());
        Assert.Equal(150, root.GetProperty("evaluated_rows").GetInt32());
        Assert.Equal(150, root.GetProperty("confusion_matrix").GetProperty("matrix").EnumerateArray().Sum(r => r.EnumerateArray().Sum(c => c.GetInt32())));
        Assert.Equal(150, root.GetProperty("leakage").GetProperty("test_rows").GetInt32());
        Assert.True(root.GetProperty("evaluation_sample").GetProperty("sampled").GetBoolean());
        Assert.Equal(150, root.GetProperty("evaluation_sample").GetProperty("max_rows").GetInt32());
        // Stratified: each class keeps its share of the test table, to within one row.
        var sampled = report.Sample!.Rows!.Select(r => ObesityTables.Test.Labels[r]).ToArray();
        foreach (var name in ObesityTables.Classes)
        {
            var expected = 150.0 * ObesityTables.Test.Labels.Count(l => l == name) / ObesityTables.Test.Rows;
            Assert.InRange(sampled.Count(l => l == name), Math.Floor(expected), Math.Ceiling(expected));
        }
    }

    // cost[true][predicted] weighted by the confusion counts, per test row: computed here from the written matrix.
    private static double MeanCost(JsonElement matrix, IReadOnlyList<IReadOnlyList<double>> cost)
    {
        var rows = matrix.EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetInt32()).ToArray()).ToArray();
        var total = rows.SelectMany((row, t) => row.Select((count, p) => count * cost[t][p])).Sum();
        return total / rows.Sum(r => r.Sum());
    }

    private static PipelineParams Params() => new()
    {
        Schema = new SchemaParams { TargetClasses = [.. ObesityTables.Classes] },
        Model = TrainedModels.Small("lightgbm"),
        Evaluation = new EvaluationParams
        {
            CostMatrix =
            [
                [0, 1, 2, 3, 4, 5, 6], [1, 0, 1, 2, 3, 4, 5], [3, 2, 0, 1, 2, 3, 4], [4, 3, 2, 0, 1, 2, 3],
                [6, 5, 4, 2, 0, 1, 2], [8, 7, 6, 4, 2, 0, 1], [10, 9, 8, 6, 4, 2, 0],
            ],
            PermutationRepeats = 2,
            LeakageDistance = 0.05,
        },
    };
}
