using Mlops.Core.Errors;
using Mlops.Pipeline.Running;
using Mlops.Pipeline.Status;
using Mlops.Pipeline.Tests.Support;

namespace Mlops.Pipeline.Tests.Running;

public sealed class PipelineRunnerTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Fact]
    public async Task RunAsync_FirstRun_RunsEveryStageInOrderAndWritesLock()
    {
        var progress = new RecordingProgress();

        var result = await _ws.RunAsync(progress: progress);

        Assert.Equal(["prepare", "features", "train", "summary"], _ws.Ran);
        Assert.All(result.Stages, s => Assert.Equal(StageOutcome.Ran, s.Outcome));
        Assert.Equal(["never run"], result["train"].Reasons);
        Assert.Equal("alpha\nbeta\nseed=42", _ws.Read("data/train.txt"));
        Assert.Equal(["prepare", "features", "train", "summary"], _ws.LoadLock().Stages.Select(s => s.Stage));
        Assert.Equal(["data/train.txt", "reports/features.json"], _ws.LoadLock().Find("features")!.Outs.Select(o => o.Path));
        Assert.Equal(8, progress.Events.Count);
        Assert.Equal((StageEventKind.Started, "prepare"), (progress.Events[0].Kind, progress.Events[0].Stage));
        Assert.Equal((StageEventKind.Finished, "prepare"), (progress.Events[1].Kind, progress.Events[1].Stage));
        Assert.False(Directory.Exists(Path.Combine(_ws.Root, PipelineRunner.StagingRoot)));
    }

    [Fact]
    public async Task RunAsync_NothingChanged_SkipsEveryStage()
    {
        await _ws.RunAsync();
        var progress = new RecordingProgress();

        var result = await _ws.RunAsync(progress: progress);

        Assert.Empty(_ws.Ran);
        Assert.All(result.Stages, s => Assert.Equal((StageOutcome.Skipped, "up to date"), (s.Outcome, s.Reasons.Single())));
        Assert.All(progress.Events, e => Assert.Equal(StageEventKind.Skipped, e.Kind));
    }

    [Fact]
    public async Task RunAsync_ParamsKeyChanged_RerunsStageUsingItAndDependants()
    {
        await _ws.RunAsync();
        var parameters = _ws.LoadParams();
        parameters.ApplyOverride("split.seed", "7");

        var result = await _ws.RunAsync(parameters);

        Assert.Equal(["features", "train"], _ws.Ran);
        Assert.Equal(["params changed: split.seed (42 → 7)"], result["features"].Reasons);
        Assert.Equal(["dep changed: data/train.txt"], result["train"].Reasons);
        Assert.Equal(StageOutcome.Skipped, result["summary"].Outcome);
        Assert.Equal("alpha\nbeta\nseed=7", _ws.Read("data/train.txt"));
    }

    [Fact]
    public async Task RunAsync_DepFileChanged_RerunsEverythingDownstream()
    {
        await _ws.RunAsync();
        _ws.Write("data/raw.txt", "gamma\n");

        var result = await _ws.RunAsync();

        Assert.Equal(["prepare", "features", "train", "summary"], _ws.Ran);
        Assert.Equal(["dep changed: data/raw.txt"], result["prepare"].Reasons);
        Assert.StartsWith("gamma", _ws.Read("models/model.txt"));
    }

    [Fact]
    public async Task RunAsync_UpstreamOutputIdentical_SkipsDownstream()
    {
        await _ws.RunAsync();
        var parameters = _ws.LoadParams();
        parameters.ApplyOverride("split.fraction", "0.3");

        var result = await _ws.RunAsync(parameters);

        Assert.Equal(["features"], _ws.Ran);
        Assert.Equal(StageOutcome.Skipped, result["train"].Outcome);
        Assert.True(PipelineStatus.Compute(_ws.Definition, parameters).IsUpToDate);
    }

    [Fact]
    public async Task RunAsync_Force_RunsEverySelectedStage()
    {
        await _ws.RunAsync();

        var result = await _ws.RunAsync(force: true);

        Assert.Equal(["prepare", "features", "train", "summary"], _ws.Ran);
        Assert.Equal(["forced"], result["summary"].Reasons);
    }

    [Fact]
    public async Task RunAsync_TargetStage_RunsOnlyItsClosure()
    {
        var result = await _ws.RunAsync(target: "summary");

        Assert.Equal(["prepare", "summary"], _ws.Ran);
        Assert.Equal(StageOutcome.NotSelected, result["train"].Outcome);
        Assert.False(File.Exists(Path.Combine(_ws.Root, "models/model.txt")));
        Assert.Null(_ws.LoadLock().Find("features"));
    }

    [Fact]
    public async Task RunAsync_TargetWithForce_ForcesOnlyTheClosure()
    {
        await _ws.RunAsync();

        await _ws.RunAsync(force: true, target: "features");

        Assert.Equal(["prepare", "features"], _ws.Ran);
    }

    [Fact]
    public async Task RunAsync_UnknownTarget_Throws()
    {
        var ex = await Assert.ThrowsAsync<MlopsException>(() => _ws.RunAsync(target: "nope"));

        Assert.StartsWith("unknown stage 'nope'", ex.Message);
    }

    [Fact]
    public async Task RunAsync_MissingExecutor_ThrowsBeforeRunningAnything()
    {
        var executors = _ws.Executors();
        executors.Remove("train");

        var ex = await Assert.ThrowsAsync<MlopsException>(() => _ws.RunAsync(executors: executors));

        Assert.Contains("train", ex.Message);
        Assert.Empty(_ws.Ran);
    }

    [Fact]
    public async Task RunAsync_MissingSourceDep_ErrorNamesStageAndPath()
    {
        File.Delete(Path.Combine(_ws.Root, "data/raw.txt"));

        var ex = await Assert.ThrowsAsync<MlopsException>(() => _ws.RunAsync());

        Assert.Equal("stage 'prepare': dep 'data/raw.txt' does not exist and no stage produces it", ex.Message);
    }
}
