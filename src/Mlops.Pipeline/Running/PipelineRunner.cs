using Mlops.Core.Errors;
using Mlops.Pipeline.Locking;
using Mlops.Pipeline.Status;

namespace Mlops.Pipeline.Running;

/// <summary>
/// Runs the stale stages of a pipeline in dependency order (like `dvc repro`), deciding each stage right before
/// it runs, so a stage whose upstream rewrote byte-identical outputs is skipped.
/// </summary>
public sealed class PipelineRunner(TimeProvider? timeProvider = null)
{
    /// <summary>Workspace-relative folder holding per-stage staging folders while a run is in progress.</summary>
    public const string StagingRoot = ".mlops/tmp";

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public Task<PipelineRunResult> RunAsync(
        PipelineRunRequest request,
        IReadOnlyDictionary<string, Func<StageContext, CancellationToken, Task>> executors,
        IProgress<StageEvent>? progress = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(
            request,
            executors.ToDictionary(kv => kv.Key, kv => (IStageExecutor)new DelegateStageExecutor(kv.Value)),
            progress,
            cancellationToken);

    /// <summary>
    /// Runs the selected stale stages while holding the workspace lock. A stage failure is reported as a Failed
    /// event and rethrown; stages after it do not run, and its previous outputs and lock entry stay as they were.
    /// </summary>
    public async Task<PipelineRunResult> RunAsync(
        PipelineRunRequest request,
        IReadOnlyDictionary<string, IStageExecutor> executors,
        IProgress<StageEvent>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var definition = request.Definition;
        var selected = request.TargetStage is null ? definition.TopologicalOrder : definition.ClosureOf(request.TargetStage);
        var withoutExecutor = selected.Where(s => !executors.ContainsKey(s.Name)).Select(s => s.Name).ToList();
        if (withoutExecutor.Count > 0)
        {
            throw MlopsException.Invalid($"no executor registered for stage(s): {string.Join(", ", withoutExecutor)}");
        }
        StalenessChecker.EnsureParamsExist(selected, request.Params);

        using var workspaceLock = await WorkspaceLock.AcquireAsync(definition.WorkspaceRoot, request.LockTimeout, cancellationToken, request.OnLockWait, _time);
        var stagingRoot = Path.Combine(definition.WorkspaceRoot, StagingRoot);
        // Leftovers of a crashed run are safe to remove: only the lock holder writes there.
        DeleteDirectory(stagingRoot);
        // From here files may change; the stamp comes back only once a whole run has finished.
        UpToDateStamp.Remove(definition.WorkspaceRoot);
        try
        {
            var run = new PipelineRun(request, executors, LockFile.Load(definition.LockFilePath), progress, _time);
            var result = new PipelineRunResult(await run.RunAsync(selected, cancellationToken));
            if (request.CompleteAsync is { } complete)
            {
                await complete(result, cancellationToken);
            }
            if (request.TargetStage is null && request.StampParamsFile is { } paramsFile)
            {
                UpToDateStamp.Record(definition, paramsFile, request.ToolVersion);
            }
            return result;
        }
        finally
        {
            DeleteDirectory(stagingRoot);
        }
    }

    internal static void DeleteDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
