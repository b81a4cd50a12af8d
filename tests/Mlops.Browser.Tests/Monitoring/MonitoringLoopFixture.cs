using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Mlops.Cli.Tests.Support;
using Mlops.Serving;
using Mlops.Serving.Tests.Support;

namespace Mlops.Browser.Tests.Monitoring;

/// <summary>
/// The monitoring loop once per test class, as a user runs it: the pipeline on a fresh workspace, then per window a real
/// prediction server (in-process, SQLite prediction log and labels), `mlops simulate traffic` against it, the server
/// stopped so the log is flushed, and `mlops monitor run` on what it served. The drifted window is served under the
/// champion alias; the steady one under a second alias on the same version, so each run sees only its own traffic.
/// </summary>
public sealed class MonitoringLoopFixture : IAsyncLifetime
{
    public const string Model = "obesity_classifier";

    /// <summary>Enough rows that a Weight shift and the accuracy it costs are clear of chance.</summary>
    public const int Rows = 1000;

    private readonly GoodRunFixture pipeline = new();

    public Workspace Workspace => pipeline.Workspace;

    public MonitoredWindow Drifted { get; private set; } = null!;

    public MonitoredWindow Steady { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await pipeline.InitializeAsync();
        Drifted = await ServeAndMonitorAsync($"models:/{Model}@champion", ["--drift", "Weight:-8", "--seed", "1"]);
        using (var store = StoreProbe.Open(Workspace))
        {
            var champion = await store.Registry.GetModelVersionByAliasAsync(Model, "champion");
            await store.Registry.SetAliasAsync(Model, "steady", champion.Version);
        }
        // The steady window is drawn from every row the model was built from (`--from all`), not from the ~420 held-out
        // rows resampled to 1,000: on this split the held-out rows' Age sits 0.106 normed Wasserstein from the training
        // rows, over Evidently's 0.1, and over 300 random 80/20 splits of clean.csv each numeric input is >= 0.1 in 8-10%
        // of them. That is the statistic on a small sample, not drift, so it has no place in a "nothing flagged" check.
        Steady = await ServeAndMonitorAsync($"models:/{Model}@steady", ["--from", "all", "--seed", "2"]);
    }

    public Task DisposeAsync() => pipeline.DisposeAsync();

    private async Task<MonitoredWindow> ServeAndMonitorAsync(string modelUri, string[] trafficOptions)
    {
        CliProcess.Result traffic;
        using (var store = StoreProbe.Open(Workspace))
        {
            var options = new ServingOptions { ModelUri = modelUri, Port = 0, PollInterval = TimeSpan.Zero };
            var signal = new LogSignal();
            var app = ServingApp.Build(options, store.Tracking, store.Registry, store.Artifacts, store.PredictionLog,
                builder => builder.Logging.AddProvider(signal), predictionFeedback: store.PredictionLog);
            await using (app)
            {
                var loaded = signal.Next(line => line.StartsWith("Serving ", StringComparison.Ordinal));
                await app.StartAsync();
                await loaded.WaitAsync(TimeSpan.FromSeconds(30));
                traffic = await CliProcess.RunAsync(Workspace.Root, ["simulate", "traffic", "--url", ServingApp.BoundAddress(app).ToString(),
                    "--rows", Rows.ToString(System.Globalization.CultureInfo.InvariantCulture), "--label-share", "1", "--json", .. trafficOptions]);
                await app.StopAsync();
            }
        }
        var monitor = await CliProcess.RunAsync(Workspace.Root, "monitor", "run", "--model", modelUri, "--json", "--tracking-uri", Workspace.TrackingUri);
        return new MonitoredWindow(modelUri, traffic, monitor);
    }
}
