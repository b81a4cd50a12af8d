using Mlops.Core.Errors;
using Mlops.Monitoring.Reports;

namespace Mlops.Monitoring.Tests.Reports;

public sealed class MonitoringRunTests
{
    private static readonly MonitoredModel Model = new("models:/m@champion", SyntheticData.Model, 1);

    private static Task<MonitoringReport> RunAsync(MemoryPredictionLog log, WindowSelection? selection = null, MonitoringOptions? options = null) =>
        MonitoringRun.ComputeAsync(log, log, SyntheticData.Profile(), Model,
            selection ?? new WindowSelection(SyntheticData.Model) { MaxRows = 500, ServedUri = Model.Uri }, options);

    [Fact]
    public async Task ComputeAsync_WindowFromTheReferenceDistribution_NothingFlagged()
    {
        var log = new MemoryPredictionLog();
        SyntheticData.Log(log, 500, seed: 2);

        var report = await RunAsync(log);

        Assert.All(report.Drift.Columns, c => Assert.False(c.Detected, $"{c.Feature}: score {c.Score}"));
        Assert.False(report.DriftDetected);
        Assert.False(report.PerformanceDropped);
        Assert.Equal(500, report.Window.Rows);
        Assert.Equal(500, report.Window.LabelledRows);
        Assert.True(report.Performance!.Labelled!.AccuracyInterval.Contains(0.9));
    }

    [Fact]
    public async Task ComputeAsync_ShiftedInputsAndWorseLabels_FlagsBothInputsAndTheDrop()
    {
        var log = new MemoryPredictionLog();
        SyntheticData.Log(log, 500, seed: 3, shift: 1.0, shareB: 0.7, wrongShare: 0.4, confidence: 0.6);

        var report = await RunAsync(log);

        Assert.True(report.Drift.Columns.Single(c => c.Feature == "x").Detected);
        Assert.True(report.Drift.Columns.Single(c => c.Feature == "c").Detected);
        Assert.True(report.Drift.Detected);
        Assert.True(report.Performance!.LabelledDrop);
        Assert.True(report.Performance.Labelled!.AccuracyInterval.High < 0.9);
        Assert.True(report.Performance.EstimatedDrop, $"estimated {report.Performance.EstimatedAccuracy}");
        var metrics = MonitoringMetrics.From(report);
        Assert.Equal(1, metrics["drift.detected.x"]);
        Assert.Equal(1, metrics["drift.dataset_detected"]);
        Assert.False(metrics.ContainsKey("drift.p_value.x")); // a distance test on a large reference has no p-value
    }

    [Fact]
    public async Task ComputeAsync_WindowRows_NewestOnlyAndOtherUrisIgnored()
    {
        var log = new MemoryPredictionLog();
        SyntheticData.Log(log, 300, seed: 4, shift: 5); // older, drifted: outside a 200-row window
        SyntheticData.Log(log, 200, seed: 5);
        SyntheticData.Log(log, 100, seed: 6, shift: 5, uri: "models:/m@challenger");

        var report = await RunAsync(log, new WindowSelection(SyntheticData.Model) { MaxRows = 200, ServedUri = Model.Uri });

        Assert.Equal(200, report.Window.Rows);
        Assert.False(report.Drift.Columns.Single(c => c.Feature == "x").Detected);
    }

    [Fact]
    public async Task ComputeAsync_NoPredictions_NotFoundNamingTheModel()
    {
        var e = await Assert.ThrowsAsync<MlopsException>(() => RunAsync(new MemoryPredictionLog()));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, e.Code);
        Assert.Contains("models:/m@champion", e.Message);
    }

    [Fact]
    public async Task ComputeAsync_FewerLabelsThanTheMinimum_NoLabelledDrop()
    {
        var log = new MemoryPredictionLog();
        SyntheticData.Log(log, 20, seed: 7, wrongShare: 1);

        var report = await RunAsync(log);

        Assert.Equal(20, report.Performance!.Labelled!.Count);
        Assert.False(report.Performance.LabelledDrop);
    }

    [Fact]
    public void Options_OutOfRange_ErrorNamesTheKey()
    {
        var e = Assert.Throws<MlopsException>(() => new MonitoringOptions { Alpha = 1.5 }.Validate());

        Assert.Contains("monitoring.performance.alpha", e.Message);
    }
}
