using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.ContinuousTraining;

/// <summary>The same settings that fire on the drifted loop fire nothing on undrifted traffic whose labels come back.</summary>
public sealed class RetrainDryRunTests
{
    [Fact]
    public async Task DryRun_UndriftedLabelledTraffic_NothingFiresEachTriggerSaysWhyExitZero()
    {
        using var ws = Workspace.Create();
        LoopParams.Apply(ws);
        var pipeline = await CliProcess.RunAsync(ws.Root, "pipeline", "run");
        Assert.True(pipeline.ExitCode == 0, pipeline.Output);
        await using (var serve = await ServeProcess.StartAsync(ws.Root, "--port", "0"))
        {
            await LoopTraffic.SendAsync(ws, serve.Url, "all", 2000, feedLabels: true, drift: null);
            await serve.StopAsync();
        }

        var dryRun = await CliProcess.RunAsync(ws.Root, "retrain", "--dry-run");

        Assert.True(dryRun.ExitCode == 0, dryRun.Output);
        foreach (var trigger in new[] { "drift", "performance" })
        {
            Assert.Contains(RetrainLines.DoesNotFire(trigger), dryRun.Output, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(" fires ", dryRun.Output, StringComparison.Ordinal);
        Assert.Contains(RetrainLines.Off("new_labels"), dryRun.Output, StringComparison.Ordinal);
        using var store = StoreProbe.Open(ws);
        Assert.Single(await store.Registry.ListModelVersionsAsync(LabelledLoopFixture.Model));
    }
}
