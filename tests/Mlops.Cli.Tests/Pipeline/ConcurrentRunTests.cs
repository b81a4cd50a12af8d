using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.Pipeline;

public sealed class ConcurrentRunTests(GoodRunFixture good) : IClassFixture<GoodRunFixture>
{
    [Fact]
    public async Task PipelineRun_TwoProcessesAtOnceOnOneStore_BothFinishAndAreRecorded()
    {
        using var ws = good.Workspace.CopyTo();
        var runsBefore = (await StoreProbe.RunsAsync(ws)).Count;
        var versionsBefore = await StoreProbe.VersionCountAsync(ws);

        var first = CliProcess.RunAsync(ws.Root, "pipeline", "run", "--force");
        var second = CliProcess.RunAsync(ws.Root, "pipeline", "run", "--force", "--set", "model.lightgbm.num_iterations=80");
        var results = await Task.WhenAll(first, second);

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Output));
        var runs = await StoreProbe.RunsAsync(ws);
        Assert.Equal(runsBefore + 2, runs.Count);
        Assert.All(runs, r => Assert.Equal(Core.Tracking.RunStatus.Finished, r.Info.Status));
        Assert.Equal(versionsBefore + 2, await StoreProbe.VersionCountAsync(ws));
        Assert.Contains("stages:", File.ReadAllText(ws.PathOf("pipeline.lock")));
    }
}
