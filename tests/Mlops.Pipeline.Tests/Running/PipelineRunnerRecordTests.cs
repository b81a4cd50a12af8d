using Mlops.Core.Errors;
using Mlops.Pipeline.Faults;
using Mlops.Pipeline.Running;
using Mlops.Pipeline.Tests.Support;

namespace Mlops.Pipeline.Tests.Running;

public sealed class PipelineRunnerRecordTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public void Dispose() => Directory.Delete(_ws.Root, recursive: true);

    [Fact]
    public async Task RunAsync_RecordStage_SeesPublishedOutputsBeforeTheLockEntry()
    {
        var seen = new List<(string Stage, bool OutputPublished, bool Locked)>();
        var request = new PipelineRunRequest(_ws.Definition, _ws.LoadParams())
        {
            RecordStageAsync = (stage, _) =>
            {
                seen.Add((stage.Name, File.Exists(Path.Combine(_ws.Root, stage.Outputs[0])), _ws.LoadLock().Find(stage.Name) is not null));
                return Task.CompletedTask;
            },
        };

        await new PipelineRunner().RunAsync(request, _ws.Executors());

        Assert.Equal(["prepare", "features", "train", "summary"], seen.Select(s => s.Stage));
        Assert.All(seen, s => Assert.True(s.OutputPublished && !s.Locked, s.Stage));
    }

    [Fact]
    public async Task RunAsync_RecordStageFails_StageHasNoLockEntry()
    {
        var request = new PipelineRunRequest(_ws.Definition, _ws.LoadParams())
        {
            RecordStageAsync = (stage, _) => stage.Name == "train" ? throw new InvalidOperationException("store down") : Task.CompletedTask,
        };

        await Assert.ThrowsAsync<InvalidOperationException>(() => new PipelineRunner().RunAsync(request, _ws.Executors()));

        var lockFile = _ws.LoadLock();
        Assert.NotNull(lockFile.Find("features"));
        Assert.Null(lockFile.Find("train"));
        Assert.Null(lockFile.Find("summary"));
    }

    [Fact]
    public async Task RunAsync_RecordStillBeingWritten_NextStageRunsAndTheLockEntryWaitsForTheRecord()
    {
        var prepareRecordMayFinish = new TaskCompletionSource();
        bool? prepareLockedWhileFeaturesRan = null;
        var executors = _ws.Executors();
        var features = executors["features"];
        executors["features"] = async (ctx, ct) =>
        {
            prepareLockedWhileFeaturesRan = _ws.LoadLock().Find("prepare") is not null;
            prepareRecordMayFinish.SetResult();
            await features(ctx, ct);
        };
        var request = new PipelineRunRequest(_ws.Definition, _ws.LoadParams())
        {
            // Were the runner to wait for this record before the next stage, it would time out here.
            RecordStageAsync = (stage, ct) =>
                stage.Name == "prepare" ? prepareRecordMayFinish.Task.WaitAsync(TimeSpan.FromSeconds(30), ct) : Task.CompletedTask,
        };

        await new PipelineRunner().RunAsync(request, executors);

        Assert.False(prepareLockedWhileFeaturesRan);
        Assert.Equal(["prepare", "features", "train", "summary"], _ws.LoadLock().Stages.Select(s => s.Stage));
    }

    [Fact]
    public async Task RunAsync_EarlierRecordFailsWhileLaterStageRuns_ThrowsTheRecordErrorAndLocksNoLaterStage()
    {
        var featuresStarted = new TaskCompletionSource();
        var executors = _ws.Executors();
        var features = executors["features"];
        executors["features"] = async (ctx, ct) =>
        {
            featuresStarted.SetResult();
            await features(ctx, ct);
        };
        var request = new PipelineRunRequest(_ws.Definition, _ws.LoadParams())
        {
            RecordStageAsync = async (stage, ct) =>
            {
                if (stage.Name == "prepare")
                {
                    await featuresStarted.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
                    throw new InvalidOperationException("store down");
                }
            },
        };
        var progress = new RecordingProgress();

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => new PipelineRunner().RunAsync(request, executors, progress));

        Assert.Equal("store down", ex.Message);
        Assert.Empty(_ws.LoadLock().Stages);
        var failed = progress.Events.Single(e => e.Kind == StageEventKind.Failed);
        Assert.Equal(("prepare", ex), (failed.Stage, failed.Error));
    }

    [Fact]
    public async Task RunAsync_StageHitsFullDisk_OneErrorNamingStageAndFile()
    {
        var executors = _ws.Executors();
        executors["train"] = (ctx, _) =>
        {
            var path = ctx.OutputPath("models/model.txt");
            throw new InvalidOperationException("saving failed", new IOException($"No space left on device : '{path}'", FaultInjection.NoSpaceErrno));
        };

        var ex = await Assert.ThrowsAsync<MlopsException>(() => _ws.RunAsync(executors: executors));

        Assert.StartsWith("stage 'train': the disk is full while writing its outputs (No space left on device : 'models/model.txt')", ex.Message);
    }

    [Fact]
    public async Task RunAsync_StoreFullWhileRecording_ErrorSaysTheRecordWasBeingWritten()
    {
        var request = new PipelineRunRequest(_ws.Definition, _ws.LoadParams())
        {
            RecordStageAsync = (_, _) => throw new IOException("No space left on device", FaultInjection.NoSpaceErrno),
        };

        var ex = await Assert.ThrowsAsync<MlopsException>(() => new PipelineRunner().RunAsync(request, _ws.Executors()));

        Assert.StartsWith("stage 'prepare': the disk is full while writing its record in the tracking store", ex.Message);
        Assert.Null(_ws.LoadLock().Find("prepare"));
    }

    [Fact]
    public async Task RunAsync_CompleteAsync_RunsBeforeTheUpToDateStamp()
    {
        var stampPath = Path.Combine(_ws.Root, Mlops.Pipeline.Status.UpToDateStamp.RelativePath);
        bool? stampWhileCompleting = null;
        var request = new PipelineRunRequest(_ws.Definition, _ws.LoadParams())
        {
            StampParamsFile = Path.Combine(_ws.Root, "params.yaml"),
            CompleteAsync = (_, _) =>
            {
                stampWhileCompleting = File.Exists(stampPath);
                return Task.CompletedTask;
            },
        };

        await new PipelineRunner().RunAsync(request, _ws.Executors());

        Assert.False(stampWhileCompleting);
        Assert.True(File.Exists(stampPath));
    }
}
