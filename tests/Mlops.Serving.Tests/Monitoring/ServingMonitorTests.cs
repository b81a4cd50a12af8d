using System.Net;
using Mlops.Core.Predictions;
using Mlops.Serving.Tests.Support;

namespace Mlops.Serving.Tests.Monitoring;

[Collection(ModelCollection.Name)]
public sealed class ServingMonitorTests(RegisteredModelFixture fixture)
{
    private const string Model = RegisteredModelFixture.ModelName;

    [Fact]
    public async Task Timer_ClockAdvancedPeriodByPeriod_ExactlyOneComputationPerPeriod()
    {
        await using var server = await MonitoredServer.StartAsync(fixture, await fixture.AliasAsync(1));
        await AppendAsync(server, 200);

        server.Time.Advance(MonitoredServer.Period - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, server.Monitor.Started);
        for (var tick = 1; tick <= 3; tick++)
        {
            var next = server.NextOutcome();
            server.Time.Advance(tick == 1 ? TimeSpan.FromMilliseconds(1) : MonitoredServer.Period);
            Assert.Equal(tick, server.Monitor.Started);
            Assert.True((await next.WaitAsync(TimeSpan.FromSeconds(60))).Succeeded);
        }

        Assert.Equal(3, await server.MetricAsync("mlops_monitor_runs_total{outcome=\"success\"}"));
        Assert.Null(await server.MetricAsync("mlops_monitor_runs_total{outcome=\"skipped\"}"));
    }

    [Fact]
    public async Task Tick_ShiftedBatchLogged_GaugesShowThatInputDrifted()
    {
        await using var server = await MonitoredServer.StartAsync(fixture, await fixture.AliasAsync(1));
        var batch = LoggedTraffic.Batch(fixture, server.Served, server.Time.GetUtcNow(), 500, out var labels, "Weight", 30);
        await fixture.Store.PredictionLog.AppendAsync(batch);
        var labelled = Enumerable.Range(0, 100).Select(i => new PredictionLabel(batch.Ids[i].ToString(), labels[i])).ToList();
        var outcomes = await fixture.Store.PredictionLog.RecordLabelsAsync(labelled, (_, _, _) => ValueTask.FromResult<string?>(null));
        Assert.All(outcomes, o => Assert.Equal(LabelStatus.Accepted, o.Status));
        var correct = Enumerable.Range(0, 100).Count(i => batch.Schema.Classes[batch.Predicted[i]] == labels[i]);

        var outcome = await server.TickAsync();

        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.Equal(1, await server.MetricAsync(Series("mlops_feature_drift_detected", 1, "Weight")));
        Assert.True(await server.MetricAsync(Series("mlops_feature_drift_score", 1, "Weight")) >= 0.1);
        Assert.Equal(0, await server.MetricAsync(Series("mlops_feature_drift_detected", 1, "Height")));
        Assert.Equal(500, await server.MetricAsync(Series("mlops_monitor_window_rows", 1)));
        Assert.Equal(correct / 100.0, await server.MetricAsync(Series("mlops_labelled_accuracy", 1)));
        Assert.True(double.IsNaN((await server.MetricAsync(Series("mlops_labelled_rmse", 1)))!.Value)); // a classifier has no RMSE
        Assert.InRange((await server.MetricAsync(Series("mlops_estimated_accuracy", 1)))!.Value, 0.0, 1.0);
        var share = outcome.Report!.Drift.DriftedShare;
        Assert.Equal(share, await server.MetricAsync(Series("mlops_drifted_feature_share", 1)));
        Assert.Equal(outcome.Report.Drift.Detected ? 1 : 0, await server.MetricAsync(Series("mlops_dataset_drift", 1)));
        Assert.Equal(server.Time.GetUtcNow().ToUnixTimeSeconds(), await server.MetricAsync(Series("mlops_monitor_last_success_timestamp_seconds", 1)));
        Assert.Equal(0, await server.MetricAsync(Series("mlops_monitor_last_error", 1)));
    }

    [Fact]
    public async Task Tick_AliasMovedToAnotherVersion_GaugesOfTheNewVersionOnly()
    {
        var uri = await fixture.AliasAsync(1);
        await using var server = await MonitoredServer.StartAsync(fixture, uri);
        await AppendAsync(server, 300);
        Assert.Equal(1, (await server.TickAsync()).Version);
        Assert.Equal(300, await server.MetricAsync(Series("mlops_monitor_window_rows", 1)));

        await fixture.Store.Registry.SetAliasAsync(Model, uri.Split('@')[1], 2);
        Assert.True(await server.Server.Reloader.CheckAsync());
        await AppendAsync(server, 200);
        var outcome = await server.TickAsync();

        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.Equal((2, 200), (outcome.Version!.Value, outcome.Report!.Window.Rows));
        Assert.Equal(200, await server.MetricAsync(Series("mlops_monitor_window_rows", 2)));
        Assert.Null(await server.MetricAsync(Series("mlops_monitor_window_rows", 1)));
        Assert.Null(await server.MetricAsync(Series("mlops_feature_drift_score", 1, "Weight")));
    }

    [Fact]
    public async Task Tick_NoReferenceProfile_WarnsOnceAndStillServes()
    {
        var version = await VersionWithoutProfileAsync();
        await using var server = await MonitoredServer.StartAsync(fixture, await fixture.AliasAsync(version));
        await AppendAsync(server, 50);

        var first = await server.TickAsync();
        var second = await server.TickAsync();

        Assert.Contains("no reference profile", first.Error);
        Assert.Equal(first.Error, second.Error);
        Assert.Single(server.Server.ServerLog.Lines, l => l.Contains("Monitoring failed", StringComparison.Ordinal));
        Assert.Equal(1, await server.MetricAsync(Series("mlops_monitor_last_error", version)));
        Assert.Equal(2, await server.MetricAsync("mlops_monitor_runs_total{outcome=\"error\"}"));
        Assert.Equal(HttpStatusCode.OK, (await server.Server.PostJsonAsync("/predict", fixture.Record(3))).StatusCode);
    }

    [Fact]
    public async Task Tick_WhileAComputationRuns_SkippedNotOverlapped()
    {
        var log = new GatedLog(fixture.Store.PredictionLog);
        await using var server = await MonitoredServer.StartAsync(fixture, await fixture.AliasAsync(1), log);
        await AppendAsync(server, 100);
        var skipped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Monitor.Skipped += () => skipped.TrySetResult();
        var first = server.NextOutcome();

        server.Time.Advance(MonitoredServer.Period);
        server.Time.Advance(MonitoredServer.Period);

        Assert.True(skipped.Task.IsCompleted);
        Assert.Equal(1, server.Monitor.Started);
        log.Open.SetResult();
        Assert.True((await first.WaitAsync(TimeSpan.FromSeconds(60))).Succeeded);
        Assert.Equal(1, await server.MetricAsync("mlops_monitor_runs_total{outcome=\"skipped\"}"));
        Assert.True((await server.TickAsync()).Succeeded);
        Assert.Equal(2, server.Monitor.Started);
    }

    [Theory]
    [InlineData(500, 5_000)]
    [InlineData(-1_000, 5_000)]
    [InlineData(60_000, 0)]
    public void Validate_MonitorIntervalUnderASecondOrEmptyWindow_Rejected(int milliseconds, int window)
    {
        var options = new ServingOptions { ModelUri = "models:/m@champion", MonitorEvery = TimeSpan.FromMilliseconds(milliseconds), MonitorWindow = window };

        var error = Assert.Throws<Core.Errors.MlopsException>(options.Validate);

        Assert.Contains("monitor", error.Message, StringComparison.Ordinal);
    }

    private static string Series(string name, int version, string? feature = null) =>
        $"{name}{{model=\"{Model}\",version=\"{version}\"{(feature is null ? "" : $",feature=\"{feature}\"")}}}";

    private Task AppendAsync(MonitoredServer server, int rows) =>
        fixture.Store.PredictionLog.AppendAsync(LoggedTraffic.Batch(fixture, server.Served, server.Time.GetUtcNow(), rows, out _));

    /// <summary>Version 1's package without its reference profile, as a model registered before profiles existed.</summary>
    private async Task<int> VersionWithoutProfileAsync()
    {
        var resolved = await new Inference.Loading.ModelLoader(fixture.Store.Tracking, fixture.Store.Registry, fixture.Store.Artifacts)
            .ResolveAsync($"models:/{Model}/1");
        var source = fixture.Store.Artifacts.TryGetLocalPath(resolved.ArtifactRoot, resolved.ArtifactPath)!;
        var copy = Path.Combine(fixture.Workspace, "no-profile-" + Guid.NewGuid().ToString("N")[..8], "model");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(source).Where(f => Path.GetFileName(f) != Inference.Packaging.ModelPackage.ReferenceProfileFile))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }
        return (await fixture.Store.Registry.CreateModelVersionAsync(Model, copy, null)).Version;
    }

    /// <summary>A prediction log whose reads wait until the test opens the gate: a computation that is still running.</summary>
    private sealed class GatedLog(IPredictionLog inner) : IPredictionLog
    {
        public TaskCompletionSource Open { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task AppendAsync(PredictionBatch batch, CancellationToken ct = default) => inner.AppendAsync(batch, ct);

        public async Task<PredictionPage> ListAsync(PredictionQuery query, CancellationToken ct = default)
        {
            await Open.Task.WaitAsync(ct);
            return await inner.ListAsync(query, ct);
        }

        public Task<PredictionPruneResult> PruneAsync(PredictionPrune prune, CancellationToken ct = default) => inner.PruneAsync(prune, ct);
    }
}
