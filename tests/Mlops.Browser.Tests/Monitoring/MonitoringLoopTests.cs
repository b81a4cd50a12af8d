using System.Globalization;
using Mlops.Browser.Tests.Browser;
using Mlops.Cli.Tests.Support;
using Mlops.Core.Tracking;
using Mlops.Inference.Loading;
using Mlops.Inference.Signatures;

namespace Mlops.Browser.Tests.Monitoring;

/// <summary>Issue #12's end-to-end acceptance: serve, simulate traffic with labels, monitor run, the report in a browser.</summary>
public sealed class MonitoringLoopTests(MonitoringLoopFixture loop, ChromiumFixture chromium)
    : IClassFixture<MonitoringLoopFixture>, IClassFixture<ChromiumFixture>
{
    /// <summary>README "Monitoring": `monitor run` exits 3 when drift or a performance drop was found, 0 when nothing was.</summary>
    private const int ExitFinding = 3;

    [Fact]
    public async Task MonitorRun_WeightShiftedWithLabels_ExitsWithTheFindingCodeAndWeightFlaggedOnTheRun()
    {
        var traffic = loop.Drifted.TrafficSummary();
        Assert.Equal(MonitoringLoopFixture.Rows, traffic.GetProperty("answered").GetInt32());
        Assert.Equal(MonitoringLoopFixture.Rows, traffic.GetProperty("labels_posted").GetInt32());

        Assert.True(loop.Drifted.Monitor.ExitCode == ExitFinding, loop.Drifted.Monitor.Output);
        var metrics = await RunMetricsAsync(loop.Drifted.RunId);
        Assert.Equal(1, metrics["drift.detected.Weight"]);
        Assert.Equal(MonitoringLoopFixture.Rows, metrics["window.rows"]);
        Assert.Equal(MonitoringLoopFixture.Rows, metrics["window.labelled_rows"]);
    }

    [Fact]
    public async Task MonitorRun_WeightShiftedWithLabels_LabelledAccuracyWilsonIntervalBelowTheReference()
    {
        var metrics = await RunMetricsAsync(loop.Drifted.RunId);

        // Every answered prediction was labelled, so the monitor's accuracy is the one the simulator measured.
        Assert.Equal(loop.Drifted.TrafficSummary().GetProperty("accuracy").GetDouble(), metrics["performance.accuracy"], 9);
        Assert.True(metrics["performance.accuracy_high"] < metrics["reference.accuracy"],
            $"Wilson interval [{metrics["performance.accuracy_low"]}, {metrics["performance.accuracy_high"]}] vs reference {metrics["reference.accuracy"]}");
        Assert.Equal(1, metrics["performance.labelled_drop"]);
    }

    [BrowserFact]
    public async Task DriftReportHtml_WeightShifted_ChromiumShowsOneRowPerInputWithWeightDriftedAndTheLabelledAccuracy()
    {
        var (run, metrics) = await RunAsync(loop.Drifted.RunId);
        using var store = StoreProbe.Open(loop.Workspace);
        var html = store.Artifacts.TryGetLocalPath(run.Info.ArtifactUri, "drift_report.html");
        Assert.True(html is not null && File.Exists(html), $"no drift_report.html in the artifacts of run {run.Info.RunId}");

        var page = await chromium.OpenFileAsync(html);

        var drift = await HtmlTable.BodyRowsAsync(page, "#drift-table");
        var inputs = await InputColumnsAsync(loop.Drifted.ModelUri);
        Assert.Equal(inputs.Count + 1, drift.Count); // every input, then the predicted class
        Assert.Equal(inputs.Order(StringComparer.Ordinal), drift.Take(inputs.Count).Select(r => r[0]).Order(StringComparer.Ordinal));
        Assert.Equal("yes", drift.Single(r => r[0] == "Weight")[6]);
        var performance = await HtmlTable.BodyRowsAsync(page, "#performance");
        var accuracy = performance.Single(r => r[0] == "accuracy (labelled)");
        Assert.StartsWith(metrics["performance.accuracy"].ToString("0.####", CultureInfo.InvariantCulture) + " (95% Wilson", accuracy[2], StringComparison.Ordinal);
        Assert.Contains("performance dropped", await page.Locator("#verdict").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MonitorRun_UnshiftedWithLabels_ExitsZeroAndFlagsNothing()
    {
        Assert.Equal(MonitoringLoopFixture.Rows, loop.Steady.TrafficSummary().GetProperty("labels_posted").GetInt32());

        Assert.True(loop.Steady.Monitor.ExitCode == 0, loop.Steady.Monitor.Output);
        var metrics = await RunMetricsAsync(loop.Steady.RunId);
        var flags = metrics.Where(m => m.Key.StartsWith("drift.detected.", StringComparison.Ordinal)).ToList();
        Assert.Equal((await InputColumnsAsync(loop.Steady.ModelUri)).Count, flags.Count);
        // Traffic from the population the model was built from (see MonitoringLoopFixture): no input crosses its threshold.
        Assert.All(flags, flag => Assert.True(flag.Value == 0, $"{flag.Key} = {flag.Value}: {loop.Steady.Monitor.Output}"));
        Assert.Equal(0, metrics["drift.dataset_detected"]);
        Assert.Equal(0, metrics["prediction_drift.detected"]);
        Assert.Equal(0, metrics["performance.labelled_drop"]);
        Assert.Equal(0, metrics["performance.estimated_drop"]);
    }

    private async Task<(Run Run, Dictionary<string, double> Metrics)> RunAsync(string runId)
    {
        using var store = StoreProbe.Open(loop.Workspace);
        var run = await store.Tracking.GetRunAsync(runId);
        return (run, run.Metrics.ToDictionary(m => m.Key, m => m.Value));
    }

    private async Task<Dictionary<string, double>> RunMetricsAsync(string runId) => (await RunAsync(runId)).Metrics;

    private async Task<IReadOnlyList<string>> InputColumnsAsync(string modelUri)
    {
        using var store = StoreProbe.Open(loop.Workspace);
        using var model = await new ModelLoader(store.Tracking, store.Registry, store.Artifacts).LoadAsync(modelUri);
        return [.. new InputSignature(model.Transform).Columns];
    }
}
