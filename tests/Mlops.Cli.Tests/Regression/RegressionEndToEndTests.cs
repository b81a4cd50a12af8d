using Mlops.Cli.Tests.Support;
using Mlops.Core.Registry;
using Mlops.Inference.Csv;
using Mlops.Inference.Loading;
using Mlops.Inference.Signatures;
using Mlops.Training.Tests.Regression;

namespace Mlops.Cli.Tests.Regression;

/// <summary>
/// The generated regression table (known linear signal, N(0, 1) noise) through `pipeline run` to a registered champion,
/// then scored on rows it has never seen: once per regression trainer, each beating the mean baseline.
/// </summary>
public sealed class RegressionEndToEndTests
{
    private const string Champion = $"models:/{RegressionTable.ModelName}@champion";

    [Theory]
    [InlineData("lightgbm")]
    [InlineData("fasttree")]
    [InlineData("fastforest")]
    [InlineData("sdca")]
    public async Task PipelineRun_GeneratedRegressionTable_RegistersAChampionThatBeatsTheMeanBaseline(string trainer)
    {
        using var ws = RegressionWorkspace.Create(trainer);

        var report = await RegressionWorkspace.RunAsync(ws);

        var registration = report.Registration!;
        Assert.Equal(1, registration.Version);
        Assert.Equal(ModelStage.Staging, registration.Stage);
        Assert.True(registration.BecameChampion, string.Join("; ", registration.Reasons));
        var run = await StoreProbe.Open(ws).Tracking.GetRunAsync(report.RunId!);
        var metrics = run.Metrics.ToDictionary(m => m.Key, m => m.Value);
        foreach (var key in new[] { "rmse", "mae", "r2", "mse", "baseline.rmse" })
        {
            Assert.True(metrics.ContainsKey(key), $"{trainer}: the run lacks metric {key}");
        }
        Assert.True(metrics["rmse"] < 0.5 * metrics["baseline.rmse"], $"{trainer}: rmse {metrics["rmse"]}, baseline {metrics["baseline.rmse"]}");
        Assert.True(metrics["r2"] > 0.8, $"{trainer}: r2 {metrics["r2"]}");

        var (rmse, baseline) = await ScoreNewRowsAsync(ws, rows: 200);
        Assert.True(rmse < 0.5 * baseline, $"{trainer}: rmse {rmse} on new rows, mean baseline {baseline}");
    }

    /// <summary>The champion's RMSE on unseen rows, and the RMSE of always predicting their mean (a lower bound on the mean baseline's).</summary>
    private static async Task<(double Rmse, double MeanRmse)> ScoreNewRowsAsync(Workspace ws, int rows)
    {
        var store = StoreProbe.Open(ws);
        using var model = await new ModelLoader(store.Tracking, store.Registry, store.Artifacts).LoadAsync(Champion);
        Assert.True(model.IsRegression);
        var (csv, truth) = RegressionWorkspace.NewRows(rows);
        var table = CsvReader.Read(new StringReader(csv), "new rows");
        var values = new InputSignature(model.Transform).CheckTable(table, (field, message) => Assert.Fail($"{field}: {message}"));
        var predicted = new float[rows];
        model.PredictBatch(values, rows, predicted, new int[rows]);
        var mean = truth.Average();
        return (Rmse(truth, i => predicted[i]), Rmse(truth, _ => mean));
    }

    private static double Rmse(double[] truth, Func<int, double> predicted) =>
        Math.Sqrt(truth.Select((t, i) => (t - predicted(i)) * (t - predicted(i))).Average());
}
