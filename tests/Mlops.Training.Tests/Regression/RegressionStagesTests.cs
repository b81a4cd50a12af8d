using System.Text.Json;
using Mlops.Core.Errors;
using Mlops.Training.Configuration;
using Mlops.Training.Data;
using Mlops.Training.Evaluation.Regression;
using Mlops.Training.Features;
using Mlops.Training.Models;
using Mlops.Training.Tests.Models;

namespace Mlops.Training.Tests.Regression;

/// <summary>The generated regression table through preprocess, features, train and evaluate, once per regression trainer.</summary>
public sealed class RegressionStagesTests
{
    [Theory]
    [InlineData("lightgbm", 1.6)]
    [InlineData("fasttree", 1.6)]
    [InlineData("fastforest", 3.2)]
    [InlineData("sdca", 1.3)]
    public void Stages_GeneratedLinearTable_BeatTheMeanBaseline(string trainer, double maxRmse)
    {
        using var temp = new TempFolder();
        var evaluation = RunStages(temp, trainer);

        var m = evaluation.Metrics;
        Assert.Equal(120, m.Rows);
        // The targets' spread is about 9; the noise alone costs an RMSE of 1 (RegressionTable.NoiseStd). A forest of
        // averaged trees fits an additive linear signal worst (about 2.9 here), still a third of the baseline.
        Assert.True(m.BaselineRmse > 6, $"baseline rmse {m.BaselineRmse}");
        Assert.True(m.Rmse < maxRmse, $"{trainer}: rmse {m.Rmse}");
        Assert.True(m.Rmse > 0.7 * RegressionTable.NoiseStd, $"{trainer}: rmse {m.Rmse} is below the noise: leakage?");
        Assert.True(m.Mae < m.Rmse);
        Assert.True(m.R2 > 0.85, $"{trainer}: r2 {m.R2}");
    }

    [Fact]
    public void Stages_Regression_WriteMetricsJsonAndBothFigures()
    {
        using var temp = new TempFolder();
        var evaluation = RunStages(temp, "lightgbm");

        using var json = JsonDocument.Parse(File.ReadAllText(temp.File("reports/metrics.json")));
        var root = json.RootElement;
        Assert.Equal(Math.Round(evaluation.Metrics.Rmse, 6), root.GetProperty("rmse").GetDouble());
        Assert.Equal(Math.Round(evaluation.Metrics.BaselineRmse, 6), root.GetProperty("baseline").GetProperty("rmse").GetDouble());
        foreach (var key in new[] { "mae", "mse", "r2", "test_rows", "residuals", "leakage" })
        {
            Assert.True(root.TryGetProperty(key, out _), $"metrics.json lacks {key}");
        }
        foreach (var figure in new[] { RegressionEvaluateStage.PredictedVsActualFile, RegressionEvaluateStage.ResidualsFile })
        {
            var bytes = File.ReadAllBytes(temp.File(Path.Combine("reports/figures", figure)));
            Assert.True(bytes.Length > 1000 && bytes[1] == (byte)'P' && bytes[2] == (byte)'N', $"{figure} is not a PNG");
        }
    }

    [Fact]
    public void Stages_SameSeed_SameMetricsFile()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        RunStages(first, "fasttree");
        RunStages(second, "fasttree");

        Assert.Equal(File.ReadAllText(first.File("reports/metrics.json")), File.ReadAllText(second.File("reports/metrics.json")));
    }

    [Fact]
    public void Preprocess_TextInANumericTarget_FailsNamingRowAndColumn()
    {
        using var temp = new TempFolder();
        var csv = RegressionTable.Csv(rows: 20).Split('\n');
        csv[3] = string.Join(',', csv[3].Split(',')[..^1]) + ",high";
        File.WriteAllText(temp.File("raw.csv"), string.Join('\n', csv));
        var p = ParamsLoader.Load(RegressionTable.Params(temp.File("raw.csv")));

        var e = Assert.Throws<MlopsException>(() => Preprocessor.Run(p, temp.File("raw.csv"), temp.File("clean.csv"),
            temp.File("quarantine.csv"), temp.File("quality.json")));

        Assert.Contains("row 3", e.Message);
        Assert.Contains("'y'", e.Message);
        Assert.Contains("high", e.Message);
    }

    [Fact]
    public void Evaluate_MoreTestRowsThanMaxRows_ScoresASeededSampleOfMaxRowsAndSaysSo()
    {
        using var temp = new TempFolder();
        using var again = new TempFolder();
        var evaluation = RunStages(temp, "lightgbm", "primary_metric: rmse\n  max_rows: 50");
        RunStages(again, "lightgbm", "primary_metric: rmse\n  max_rows: 50");

        Assert.Equal(50, evaluation.Metrics.Rows);
        Assert.Equal(50, evaluation.Truth.Count);
        Assert.Equal(50, evaluation.Leakage.TestRows);
        using var json = JsonDocument.Parse(File.ReadAllText(temp.File("reports/metrics.json")));
        Assert.Equal(120, json.RootElement.GetProperty("test_rows").GetInt32());
        Assert.Equal(50, json.RootElement.GetProperty("evaluated_rows").GetInt32());
        Assert.True(json.RootElement.GetProperty("evaluation_sample").GetProperty("sampled").GetBoolean());
        Assert.Equal(File.ReadAllText(temp.File("reports/metrics.json")), File.ReadAllText(again.File("reports/metrics.json")));
    }

    private static RegressionEvaluation RunStages(TempFolder temp, string trainer, string? evaluation = null)
    {
        File.WriteAllText(temp.File("raw.csv"), RegressionTable.Csv());
        var yaml = RegressionTable.Params(temp.File("raw.csv"), trainer);
        var p = ParamsLoader.Load(evaluation is null ? yaml : yaml.Replace("primary_metric: rmse", evaluation, StringComparison.Ordinal));
        Preprocessor.Run(p, temp.File("raw.csv"), temp.File("clean.csv"), temp.File("quarantine.csv"), temp.File("quality.json"));
        FeatureStage.Run(p, temp.File("clean.csv"), temp.File("train.csv"), temp.File("test.csv"), temp.File("transform.json"));
        TrainStage.Run(p, temp.File("train.csv"), temp.File("model.zip"), temp.File("train.json"), temp.File("model.trees.bin"));
        return RegressionEvaluateStage.Run(p, temp.File("model.zip"), temp.File("train.csv"), temp.File("test.csv"),
            temp.File("reports/metrics.json"), temp.File("reports/figures"), temp.File("model.trees.bin"));
    }
}
