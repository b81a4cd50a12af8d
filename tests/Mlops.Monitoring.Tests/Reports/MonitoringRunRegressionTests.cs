using Mlops.Core.Predictions;
using Mlops.Core.Slicing;
using Mlops.Monitoring.Profiles;
using Mlops.Monitoring.Reports;

namespace Mlops.Monitoring.Tests.Reports;

/// <summary>
/// A regression model y = 10 + 3x with x ~ N(0, 1): held-out predictions of that shape, held-out RMSE 1 and MAE 0.8; windows
/// of served values whose true values differ from the prediction by seeded N(0, noise) errors.
/// </summary>
public sealed class MonitoringRunRegressionTests
{
    private const string ModelName = "r";
    private static readonly MonitoredModel Model = new("models:/r@champion", ModelName, 1);
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static ReferenceProfile Profile()
    {
        var random = new Random(1);
        var builder = new ReferenceProfileBuilder(2_000);
        var x = Enumerable.Range(0, 2_000).Select(_ => Normal(random)).ToArray();
        var heldOut = Enumerable.Range(0, 400).Select(_ => 10 + 3 * Normal(random)).ToArray();
        return new ReferenceProfile(ReferenceProfile.CurrentFormat, 2_000, [builder.Numeric("x", x)], null)
        {
            Regression = new RegressionHeldOut(400, 1.0, 0.8, new ReferenceProfileBuilder(400).Numeric("prediction", heldOut).Numeric!),
        };
    }

    /// <summary>Logs <paramref name="rows"/> predictions (x shifted by <paramref name="shift"/>) as records, each labelled.</summary>
    private static MemoryPredictionLog Window(int rows, int seed, double shift, double noise)
    {
        var batch = Batch(rows, seed, shift);
        var random = new Random(seed + 100);
        var log = new MemoryPredictionLog();
        foreach (var record in batch.AsRecords())
        {
            log.Add(record);
            log.Label(record.Id, (record.Value!.Value + noise * Normal(random)).ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        }
        return log;
    }

    private static PredictionBatch Batch(int rows, int seed, double shift)
    {
        var random = new Random(seed);
        var batch = new PredictionBatch(new PredictionSchema(ModelName, 1, Model.Uri, [new PredictionInput("x")], []));
        for (var i = 0; i < rows; i++)
        {
            var x = Normal(random) + shift;
            var time = Start.AddSeconds(i);
            batch.Add(Guid.CreateVersion7(time), time.ToUnixTimeMilliseconds(), [x], [(float)(10 + 3 * x)], 0, 1);
        }
        return batch;
    }

    private static Task<MonitoringReport> RunAsync(IPredictionLog log, IPredictionFeedback? feedback) =>
        MonitoringRun.ComputeAsync(log, feedback, Profile(), Model, new WindowSelection(ModelName) { MaxRows = 500 });

    [Fact]
    public async Task ComputeAsync_RegressionWindowLikeTheReference_NoDriftNoDrop()
    {
        var log = Window(500, seed: 2, shift: 0, noise: 1.0);

        var report = await RunAsync(log, log);

        Assert.Null(report.Performance);
        Assert.False(report.DriftDetected, $"x {report.Drift.Columns[0].Score}, prediction {report.PredictionDrift.Score}");
        Assert.False(report.PerformanceDropped, $"RMSE {report.Regression!.Labelled!.Rmse}, MAE {report.Regression.Labelled.Mae}");
        Assert.Equal(500, report.Regression.Labelled.Count);
        Assert.InRange(report.Regression.Labelled.Rmse, 0.9, 1.1);
    }

    [Fact]
    public async Task ComputeAsync_ShiftedInputsAndLargerErrors_FlagsPredictionDriftAndTheDrop()
    {
        var log = Window(500, seed: 3, shift: 1.0, noise: 2.0);

        var report = await RunAsync(log, log);

        Assert.True(report.Drift.Columns.Single(c => c.Feature == "x").Detected);
        Assert.True(report.PredictionDrift.Detected, $"prediction drift score {report.PredictionDrift.Score}");
        Assert.True(report.Regression!.LabelledDrop);
        Assert.True(report.PerformanceDropped);
        var metrics = MonitoringMetrics.From(report);
        Assert.Equal(1, metrics["prediction_drift.detected"]);
        Assert.Equal(1, metrics["performance.labelled_drop"]);
        Assert.Equal((1.0, 0.8), (metrics["reference.rmse"], metrics["reference.mae"]));
        Assert.Equal(report.Regression.Labelled!.Rmse, metrics["performance.rmse"]);
        Assert.False(metrics.ContainsKey("performance.estimated_accuracy"));
    }

    [Fact]
    public async Task ComputeAsync_ThreeLabelledPredictions_RmseAndMaeAsByHand()
    {
        var batch = new PredictionBatch(new PredictionSchema(ModelName, 1, Model.Uri, [new PredictionInput("x")], []));
        var log = new MemoryPredictionLog();
        foreach (var (value, label, i) in new[] { (10f, "11", 0), (12f, "12", 1), (14f, "10", 2) })
        {
            var time = Start.AddSeconds(i);
            batch.Add(Guid.CreateVersion7(time), time.ToUnixTimeMilliseconds(), [i], [value], 0, 1);
            log.Add(batch.ToRecord(i));
            log.Label(batch.ToRecord(i).Id, label);
        }

        var report = await RunAsync(log, log);

        // Errors 1, 0 and -4: RMSE sqrt(17 / 3) = 2.3805, MAE 5 / 3.
        Assert.Equal(Math.Sqrt(17.0 / 3), report.Regression!.Labelled!.Rmse, 12);
        Assert.Equal(5.0 / 3, report.Regression.Labelled.Mae, 12);
        Assert.False(report.Regression.LabelledDrop); // 3 labels are fewer than min_labels 30
    }

    [Fact]
    public async Task ComputeAsync_ColumnarRegressionLog_SameDriftAsFromRecords()
    {
        var columnar = new MemoryBatchLog();
        columnar.Add(Batch(300, seed: 4, shift: 1.0));
        var records = Window(300, seed: 4, shift: 1.0, noise: 1);

        var fromBatches = await RunAsync(columnar, null);
        var fromRecords = await RunAsync(records, null);

        Assert.True(columnar.BatchPages > 0);
        Assert.Equal(fromRecords.PredictionDrift, fromBatches.PredictionDrift);
        Assert.True(fromBatches.PredictionDrift.Detected);
        Assert.Null(fromBatches.Regression!.Labelled);
    }

    [Fact]
    public async Task ComputeAsync_SliceOfLargeInputs_ItsOwnPredictionDriftAndErrors()
    {
        var log = Window(500, seed: 6, shift: 0, noise: 1.0);
        var options = new MonitoringOptions { Slices = [new("large_x", new CellCondition("x") { Min = 1 })] };

        var report = await MonitoringRun.ComputeAsync(log, log, Profile(), Model, new WindowSelection(ModelName) { MaxRows = 500 }, options);

        var slice = Assert.Single(report.Slices);
        var sliced = slice.Report!;
        // About 16% of N(0, 1) lies above 1: their predictions (above 13) drift from the held-out ones, though the window's do not.
        Assert.InRange(slice.Rows, 50, 110);
        Assert.True(sliced.PredictionDrift.Detected);
        Assert.False(report.PredictionDrift.Detected);
        Assert.Equal(slice.Rows, sliced.Regression!.Labelled!.Count);
        Assert.Equal(sliced.Regression.Labelled.Rmse, MonitoringMetrics.From(report)["slices.large_x.rmse"]);
    }

    [Fact]
    public async Task Report_RegressionWindow_JsonAndHtmlCarryRmseAndMae()
    {
        var log = Window(200, seed: 5, shift: 0, noise: 1.0);
        var report = await RunAsync(log, log);

        var read = MonitoringReportJson.Parse(MonitoringReportJson.Serialize(report), "test");
        var html = DriftReportHtml.Render(report);

        Assert.Null(read.Performance);
        Assert.Equal(report.Regression, read.Regression);
        Assert.Contains("RMSE (labelled)", html, StringComparison.Ordinal);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
