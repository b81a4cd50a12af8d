using Mlops.Cli.Tests.Support;
using Mlops.Core.Tracking;

namespace Mlops.Cli.Tests.ContinuousTraining;

/// <summary>`mlops retrain` with tracking, registry and the prediction log reached through a remote `mlops server` (SQLite behind it).</summary>
public sealed class RemoteServerRetrainTests(LabelledLoopFixture fixture) : IClassFixture<LabelledLoopFixture>
{
    [Fact]
    public async Task Retrain_ThroughMlopsServer_TickCompletesAndIsAuditedInTheServersStore()
    {
        using var ws = fixture.Copy();
        var champion = await RetrainProbe.ChampionAsync(ws);
        await using var server = CliDaemon.Start(ws.Root, "server", "--port", "0");
        var listening = await server.WaitForLineAsync(l => l.Contains(" listening on http://", StringComparison.Ordinal), TimeSpan.FromMinutes(1));
        var url = listening[(listening.IndexOf("http://", StringComparison.Ordinal))..].Trim();

        var retrain = await CliProcess.RunAsync(ws.Root, "retrain", "--force", "--tracking-uri", url);

        Assert.True(retrain.ExitCode is 0 or RetrainLines.ExitRejected, retrain.Output);
        using var store = StoreProbe.Open(ws);
        Assert.Equal(2, (await store.Registry.ListModelVersionsAsync(LabelledLoopFixture.Model)).Count);
        var experiment = await store.Tracking.GetExperimentByNameAsync("continuous-training");
        Assert.NotNull(experiment);
        var runs = (await store.Tracking.SearchRunsAsync(new RunSearch([experiment.ExperimentId]))).Items;
        var parent = Assert.Single(runs, r => !r.Tags.ContainsKey("mlflow.parentRunId"));
        Assert.Equal(RunStatus.Finished, parent.Info.Status);
        var moved = await RetrainProbe.ChampionAsync(ws) != champion;
        Assert.Equal(retrain.ExitCode == 0, moved);
        await server.StopAsync();
    }
}
