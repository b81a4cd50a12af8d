using Mlops.Cli.Commands.Ui;
using Mlops.Cli.Infrastructure;
using Mlops.Cli.Tests.Support;
using Mlops.Core.AbTesting;
using Mlops.Core.Tracking;
using Mlops.TrackingServer;

namespace Mlops.Browser.Tests.Ui;

/// <summary>
/// The registry, predict, pipeline, monitoring and A/B pages over a real workspace: the pipeline run once (a registered
/// model with a package the predict form loads), one monitoring run, one A/B test, a version tag that is markup, and the
/// tracking server with a token, composed as `mlops server` composes it (UiHostServices).
/// </summary>
public sealed class RegistryPagesFixture : IAsyncLifetime
{
    public const string Model = "obesity_classifier";
    public const string Token = "ui-secret-token";
    public const string MarkupTag = "<script>alert(1)</script>";
    public const string AbTestName = "ui-ab";

    private readonly GoodRunFixture pipeline = new();
    private RunningServer? server;

    public Workspace Workspace => pipeline.Workspace;

    public Stores Stores { get; private set; } = null!;

    public Uri BaseAddress => server?.BaseAddress ?? throw new InvalidOperationException("The server is not started.");

    public Uri Url(string relative) => new(BaseAddress, relative.TrimStart('/'));

    public async Task InitializeAsync()
    {
        await pipeline.InitializeAsync();
        var artifacts = Workspace.PathOf("mlruns/artifacts");
        Stores = StoreFactory.Open(Workspace.TrackingUri, artifacts);
        await Stores.Registry.SetModelVersionTagAsync(Model, 1, "note", MarkupTag);
        await SeedMonitoringRunAsync(Stores.Tracking);
        await Stores.AbTests!.StartAsync(new AbTestDraft
        {
            Name = AbTestName,
            ModelName = Model,
            Variants = [new AbVariant("champion", "@champion", 1, 0.5), new AbVariant("challenger", "1", 1, 0.5)],
            BaselineRate = 0.95,
            RequiredPerVariant = 500,
        }, "tests");
        var options = new TrackingServerOptions(Stores.Tracking, Stores.Registry, Stores.Artifacts, artifacts)
        {
            Port = 0,
            AuthToken = Token,
            PredictionLog = Stores.PredictionLog,
            PredictionFeedback = Stores.PredictionFeedback,
        };
        server = await TrackingServerApp.StartAsync(options, CancellationToken.None, UiHostServices.For(Stores, Workspace.Root));
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
        await pipeline.DisposeAsync();
    }

    // What `mlops monitor run` records, by the tag and metric names the monitoring page reads.
    private static async Task SeedMonitoringRunAsync(ITrackingStore tracking)
    {
        var experiment = await tracking.CreateExperimentAsync($"monitoring/{Model}");
        var run = await tracking.CreateRunAsync(experiment, "monitor-ui", 1_767_225_600_000,
            new Dictionary<string, string> { ["mlops.monitoring.model_name"] = Model, ["mlops.monitoring.model_version"] = "1" });
        const long time = 1_767_225_600_000;
        Metric[] metrics =
        [
            new("drift.score.Weight", 0.4, time), new("drift.detected.Weight", 1, time),
            new("drift.score.Age", 0.05, time), new("drift.detected.Age", 0, time),
            new("drift.share", 0.5, time), new("drift.dataset_detected", 1, time), new("window.rows", 1000, time),
            new("performance.estimated_accuracy", 0.91, time), new("performance.accuracy", 0.9, time),
            new("performance.accuracy_low", 0.88, time), new("performance.accuracy_high", 0.92, time),
        ];
        await tracking.LogBatchAsync(run.RunId, metrics, new Dictionary<string, string>(), new Dictionary<string, string>());
        await tracking.UpdateRunAsync(run.RunId, RunStatus.Finished, time + 1000);
    }
}
