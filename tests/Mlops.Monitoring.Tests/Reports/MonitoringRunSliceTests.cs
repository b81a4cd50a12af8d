using Mlops.Core.Slicing;
using Mlops.Monitoring.Reports;

namespace Mlops.Monitoring.Tests.Reports;

public sealed class MonitoringRunSliceTests
{
    private static readonly MonitoredModel Model = new("models:/m@champion", SyntheticData.Model, 1);

    [Fact]
    public async Task ComputeAsync_RightOnOneSliceWrongOnAnother_ReportsEachSliceApart()
    {
        var log = new MemoryPredictionLog();
        SyntheticData.Log(log, 200, seed: 8, shareB: 1, wrongShare: 1); // older: every c = b row wrong
        SyntheticData.Log(log, 300, seed: 9, shareB: 0, wrongShare: 0); // newer: every c = a row right
        var options = new MonitoringOptions
        {
            Slices = [SliceDefinition.ForValue("c", "a"), SliceDefinition.ForValue("c", "b"), new("far", new CellCondition("x") { Min = 100 })],
        };

        var report = await MonitoringRun.ComputeAsync(log, log, SyntheticData.Profile(), Model,
            new WindowSelection(SyntheticData.Model) { MaxRows = 500, ServedUri = Model.Uri }, options);

        var (a, b, far) = (report.Slices[0], report.Slices[1], report.Slices[2]);
        Assert.Equal(("c_a", 300, 1.0), (a.Name, a.Rows, a.Report!.Performance!.Labelled!.Accuracy));
        Assert.Equal(("c_b", 200, 0.0), (b.Name, b.Rows, b.Report!.Performance!.Labelled!.Accuracy));
        Assert.True(b.Report.Performance.LabelledDrop);
        Assert.False(a.Report.Performance.LabelledDrop);
        Assert.False(a.Report.Drift.Columns.Single(c => c.Feature == "x").Detected);
        Assert.True(far.TooSmall);
        Assert.Equal(0, far.Rows);
        var metrics = MonitoringMetrics.From(report);
        Assert.Equal(300, metrics["slices.c_a.rows"]);
        Assert.Equal(0, metrics["slices.c_b.accuracy"]);
        Assert.Equal(1, metrics["slices.c_b.labelled_drop"]);
        Assert.False(metrics.ContainsKey("slices.far.accuracy"));
    }
}
