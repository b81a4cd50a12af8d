using Mlops.Cli.Tests.Support;
using Mlops.Core.Tracking;
using Mlops.Lifecycle.Registration;
using Mlops.Lifecycle.Tracking;
using Mlops.Pipeline.Faults;
using Mlops.Pipeline.Locking;

namespace Mlops.Cli.Tests.Pipeline;

/// <summary>
/// Kills the real CLI (SIGKILL, through the fault-injection hook) at stage boundaries and during registration, each
/// rerun going on from where the last one died, and checks what a crash may never leave behind.
/// </summary>
public sealed class CrashConsistencyTests : IDisposable
{
    private const int KilledExitCode = 137;
    private readonly Workspace _ws = Workspace.Create();

    public void Dispose() => _ws.Dispose();

    [Fact]
    public async Task PipelineRun_KilledAtStageBoundariesAndInRegister_RerunsRepairWithoutDuplicates()
    {
        foreach (var point in new[] { "train.started", "evaluate.after-outputs", "register.after-version", "register.after-record", "run.before-end" })
        {
            var killed = await RunAsync(point);
            Assert.True(killed.ExitCode == KilledExitCode, $"{point}: {killed.Output}");
            await AssertNoVersionWithoutRunDataAsync(point);
            Assert.True(await StoreProbe.VersionCountAsync(_ws) <= 1, $"{point}: a second version was registered");
        }

        var final = await RunAsync(point: null);

        Assert.True(final.ExitCode == 0, final.Output);
        Assert.Contains("FAILED", final.Stdout);
        await AssertNoVersionWithoutRunDataAsync("final");
        Assert.Equal(1, await StoreProbe.VersionCountAsync(_ws));
        var runs = await StoreProbe.RunsAsync(_ws);
        Assert.DoesNotContain(runs, r => r.Info.Status == RunStatus.Running);
        Assert.All(runs.Where(r => r.Info.Status == RunStatus.Failed), r => Assert.Contains("is no longer running", r.Tags[StaleRunReaper.ReasonTag]));
        var lockFile = LockFile.Load(_ws.PathOf("pipeline.lock"));
        Assert.Equal(["preprocess", "features", "validate_features", "train", "evaluate", "register"], lockFile.Stages.Select(s => s.Stage));
        var status = CliProcess.Run(_ws.Root, "pipeline", "status");
        Assert.True(status.ExitCode == 0 && status.Stdout.Contains("Pipeline is up to date"), status.Output);
    }

    private Task<CliProcess.Result> RunAsync(string? point) =>
        CliProcess.RunAsync(_ws.Root, point is null ? new Dictionary<string, string>() : new() { [FaultInjection.KillVariable] = point },
            "pipeline", "run");

    /// <summary>Every registered version points at a run that already holds its params and the metrics it was registered on.</summary>
    private async Task AssertNoVersionWithoutRunDataAsync(string point)
    {
        if (await StoreProbe.VersionCountAsync(_ws) == 0)
        {
            return;
        }
        var store = StoreProbe.Open(_ws);
        foreach (var version in await store.Registry.ListModelVersionsAsync("obesity_classifier"))
        {
            Assert.True(version.Tags.ContainsKey(ModelRegistrar.ContentHashTag), $"{point}: version {version.Version} has no content hash");
            var run = await store.Tracking.GetRunAsync(version.RunId!);
            Assert.True(run.Params.ContainsKey("model.trainer") && run.Params.ContainsKey("features.set"), $"{point}: run {run.Info.RunId} lacks params");
            Assert.True(run.Metrics.Any(m => m.Key == "accuracy") && run.Metrics.Any(m => m.Key == "data.duplicates_removed"),
                $"{point}: run {run.Info.RunId} lacks metrics");
        }
    }
}
