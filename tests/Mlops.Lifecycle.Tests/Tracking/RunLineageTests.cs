using Mlops.Core.Tracking;
using Mlops.Lifecycle.Tracking;
using Mlops.Storage.Sqlite;

namespace Mlops.Lifecycle.Tests.Tracking;

public sealed class RunLineageTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mlops-lifecycle-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A store file still open is harmless in a temp folder.
        }
    }

    [Fact]
    public async Task RecordClosureAsync_StageRecordStillBeingWritten_ReturnsOnlyOnceItsMetricsAreInTheRun()
    {
        Directory.CreateDirectory(Path.Combine(_root, "reports"));
        foreach (var file in new[] { "params.yaml", "pipeline.yaml" })
        {
            File.Copy(Path.Combine(RepositoryRoot(), file), Path.Combine(_root, file));
        }
        File.WriteAllText(Path.Combine(_root, "reports/data_quality.json"), """{"duplicates_removed": 24}""");
        using var store = SqliteStore.Open(Path.Combine(_root, "mlruns/mlops.db"), Path.Combine(_root, "mlruns/artifacts"));
        var (definition, document, parameters) = LifecyclePipeline.Load(new PipelineRunOptions(_root));
        var session = new PipelineSession(_root, document, parameters,
            () => new StoreSet(store.Tracking, store.Registry, store.Artifacts), TimeProvider.System);
        var lineage = new RunLineage(session, definition);

        // The runner's record of preprocess, still waiting for the tracked run to be created, when register asks for it.
        var runnerRecord = lineage.RecordStageAsync(definition.Stages.Single(s => s.Name == "preprocess"), CancellationToken.None);
        await lineage.RecordClosureAsync("preprocess", CancellationToken.None);

        var run = await store.Tracking.GetRunAsync(session.Run!.RunId);
        Assert.Contains(run.Metrics, m => m.Key == "data.duplicates_removed" && m.Value == 24);
        Assert.Contains("data.target", run.Params.Keys);
        await runnerRecord;
        await session.EndRunAsync(RunStatus.Finished, CancellationToken.None);
    }

    [Fact]
    public async Task RecordStageAsync_AfterTheRunStarted_RefreshesTheHeartbeatWithTheStagesRecord()
    {
        Directory.CreateDirectory(_root);
        foreach (var file in new[] { "params.yaml", "pipeline.yaml" })
        {
            File.Copy(Path.Combine(RepositoryRoot(), file), Path.Combine(_root, file));
        }
        var time = new ManualTime(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000));
        using var store = SqliteStore.Open(Path.Combine(_root, "mlruns/mlops.db"), Path.Combine(_root, "mlruns/artifacts"));
        var (definition, document, parameters) = LifecyclePipeline.Load(new PipelineRunOptions(_root));
        var session = new PipelineSession(_root, document, parameters,
            () => new StoreSet(store.Tracking, store.Registry, store.Artifacts), time);
        var lineage = new RunLineage(session, definition);
        await session.EnsureRunAsync(CancellationToken.None);
        time.Now = time.Now.AddSeconds(5);

        await lineage.RecordStageAsync(definition.Stages.Single(s => s.Name == "features"), CancellationToken.None);

        var run = await store.Tracking.GetRunAsync(session.Run!.RunId);
        Assert.Equal("1700000005000", run.Tags[RunHeartbeat.HeartbeatTag]);
        Assert.Contains("split.seed", run.Params.Keys);
        await session.EndRunAsync(RunStatus.Finished, CancellationToken.None);
    }

    /// <summary>A clock the test sets; timers it creates never fire within a test.</summary>
    private sealed class ManualTime(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mlops.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"no Mlops.slnx above {AppContext.BaseDirectory}");
    }
}
