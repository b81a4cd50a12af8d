using Mlops.Core.Errors;
using Mlops.Pipeline.Running;
using Mlops.Pipeline.Tests.Support;

namespace Mlops.Pipeline.Tests.Running;

public sealed class PipelineRunnerFailureTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Fact]
    public async Task RunAsync_StageThrows_KeepsPreviousOutputsAndLockEntry()
    {
        await _ws.RunAsync();
        var goodModel = _ws.Read("models/model.txt");
        var goodEntry = _ws.LoadLock().Find("train")!;
        var parameters = _ws.LoadParams();
        parameters.ApplyOverride("model.lr", "0.5");
        var executors = _ws.Executors();
        executors["train"] = (ctx, _) =>
        {
            File.WriteAllText(ctx.OutputPath("models/model.txt"), "half-written");
            throw new InvalidOperationException("trainer blew up");
        };
        var progress = new RecordingProgress();

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => _ws.RunAsync(parameters, executors: executors, progress: progress));

        Assert.Equal("trainer blew up", ex.Message);
        Assert.Equal(goodModel, _ws.Read("models/model.txt"));
        var entry = _ws.LoadLock().Find("train")!;
        Assert.Equal(goodEntry.Params["model"], entry.Params["model"]);
        Assert.Equal(goodEntry.Outs, entry.Outs);
        var failed = progress.Events.Single(e => e.Kind == StageEventKind.Failed);
        Assert.Equal(("train", ex), (failed.Stage, failed.Error));
        Assert.DoesNotContain(progress.Events, e => e.Stage == "summary");
        Assert.False(Directory.Exists(Path.Combine(_ws.Root, PipelineRunner.StagingRoot)));
    }

    [Fact]
    public async Task RunAsync_StageSkipsDeclaredOutput_ErrorNamesPathAndPublishesNothing()
    {
        await _ws.RunAsync();
        _ws.Write("data/raw.txt", "changed\n");
        var executors = _ws.Executors();
        executors["features"] = (ctx, _) =>
        {
            File.WriteAllText(ctx.OutputPath("data/train.txt"), "new");
            return Task.CompletedTask;
        };

        var ex = await Assert.ThrowsAsync<MlopsException>(() => _ws.RunAsync(executors: executors));

        Assert.Contains("stage 'features' did not produce its declared output 'reports/features.json'", ex.Message);
        Assert.Equal("alpha\nbeta\nseed=42", _ws.Read("data/train.txt"));
        Assert.StartsWith("changed", _ws.Read("data/clean.txt"));
    }

    [Fact]
    public async Task RunAsync_StageWritesUndeclaredPath_Rejected()
    {
        var executors = _ws.Executors();
        executors["prepare"] = (ctx, _) =>
        {
            File.WriteAllText(ctx.OutputPath("data/other.txt"), "x");
            return Task.CompletedTask;
        };

        var ex = await Assert.ThrowsAsync<MlopsException>(() => _ws.RunAsync(executors: executors));

        Assert.Contains("stage 'prepare' asked to write 'data/other.txt'", ex.Message);
    }

    [Fact]
    public async Task RunAsync_AfterFailureFixed_RerunsFailedStageOnly()
    {
        await _ws.RunAsync();
        var parameters = _ws.LoadParams();
        parameters.ApplyOverride("model.lr", "0.5");
        var executors = _ws.Executors();
        executors["train"] = (_, _) => throw new InvalidOperationException("boom");
        await Assert.ThrowsAsync<InvalidOperationException>(() => _ws.RunAsync(parameters, executors: executors));

        await _ws.RunAsync(parameters);

        Assert.Equal(["train"], _ws.Ran);
    }

    [Fact]
    public async Task RunAsync_TwoRunnersAtOnce_SerializeAndLockStaysValid()
    {
        var first = _ws.Executors(delay: TimeSpan.FromMilliseconds(100));
        var second = _ws.Executors(delay: TimeSpan.FromMilliseconds(100));
        var runner = new PipelineRunner();
        var request = new PipelineRunRequest(_ws.Definition, _ws.LoadParams());

        var results = await Task.WhenAll(
            Task.Run(() => runner.RunAsync(request, first)),
            Task.Run(() => new PipelineRunner().RunAsync(request with { Params = _ws.LoadParams() }, second)));

        // Serialized: whichever run got the lock second found everything up to date.
        Assert.Equal(["features", "prepare", "summary", "train"], _ws.Ran.Order());
        Assert.Single(results, r => r.Ran.Count == 4);
        Assert.Single(results, r => r.Ran.Count == 0);
        Assert.Equal(4, _ws.LoadLock().Stages.Count);
    }
}
