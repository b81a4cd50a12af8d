using Mlops.Core.Errors;
using Mlops.Pipeline.Definition;
using Mlops.Pipeline.Locking;
using Mlops.Pipeline.Status;

namespace Mlops.Pipeline.Running;

/// <summary>
/// Runs the stale stages of a pipeline in dependency order (like `dvc repro`), deciding each stage right before
/// it runs, so a stage whose upstream rewrote byte-identical outputs is skipped.
/// </summary>
public sealed class PipelineRunner(TimeProvider? timeProvider = null)
{
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

    /// <summary>Runs the selected stale stages under the workspace lock; rethrows the first stage failure.</summary>
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

        using var workspaceLock = await WorkspaceLock.AcquireAsync(definition.WorkspaceRoot, request.LockTimeout, cancellationToken);
        // Leftovers of a crashed run are safe to remove: only a lock holder writes there.
        DeleteDirectory(Path.Combine(definition.WorkspaceRoot, StagingRoot));
        var lockFile = LockFile.Load(definition.LockFilePath);
        var checker = new StalenessChecker(definition, request.Params);
        var selectedNames = selected.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var results = new List<StageRunResult>();
        foreach (var stage in definition.TopologicalOrder)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!selectedNames.Contains(stage.Name))
            {
                results.Add(new StageRunResult(stage.Name, StageOutcome.NotSelected, [], TimeSpan.Zero));
                continue;
            }
            var reasons = checker.Check(stage, lockFile.Find(stage.Name));
            if (reasons.Count == 0 && !request.Force)
            {
                results.Add(new StageRunResult(stage.Name, StageOutcome.Skipped, ["up to date"], TimeSpan.Zero));
                progress?.Report(new StageEvent(StageEventKind.Skipped, stage.Name, ["up to date"]));
                continue;
            }
            reasons = reasons.Count == 0 ? ["forced"] : reasons;
            var duration = await RunStageAsync(request, stage, reasons, executors[stage.Name], lockFile, checker, progress, cancellationToken);
            results.Add(new StageRunResult(stage.Name, StageOutcome.Ran, reasons, duration));
        }
        return new PipelineRunResult(results);
    }

    private async Task<TimeSpan> RunStageAsync(
        PipelineRunRequest request,
        StageDefinition stage,
        IReadOnlyList<string> reasons,
        IStageExecutor executor,
        LockFile lockFile,
        StalenessChecker checker,
        IProgress<StageEvent>? progress,
        CancellationToken cancellationToken)
    {
        var root = request.Definition.WorkspaceRoot;
        var started = _time.GetTimestamp();
        var staging = Path.Combine(root, StagingRoot, Guid.NewGuid().ToString("N"));
        progress?.Report(new StageEvent(StageEventKind.Started, stage.Name, reasons));
        try
        {
            // Deps are hashed before the stage reads them: if one changes mid-run, the next run sees it as changed.
            var deps = stage.Deps.Select(d => new PathHash(d, checker.Hasher.Hash(d) ?? throw MissingDep(request.Definition, stage, d))).ToList();
            var parameters = stage.Params.ToDictionary(k => k, request.Params.GetCanonicalValue, StringComparer.Ordinal);
            Directory.CreateDirectory(staging);
            await executor.ExecuteAsync(new StageContext(root, stage, request.Params, reasons, staging), cancellationToken);
            StagedOutputs.Publish(stage, staging, root);
            foreach (var output in stage.Outputs)
            {
                checker.Hasher.Invalidate(output);
            }
            var outs = stage.Outputs.Select(o => new PathHash(o, checker.Hasher.Hash(o)!)).ToList();
            lockFile.Set(new StageLock(stage.Name, deps, parameters, outs));
            lockFile.Save(request.Definition.LockFilePath);
        }
        catch (Exception ex)
        {
            progress?.Report(new StageEvent(StageEventKind.Failed, stage.Name, reasons, _time.GetElapsedTime(started), ex));
            throw;
        }
        finally
        {
            DeleteDirectory(staging);
        }
        var duration = _time.GetElapsedTime(started);
        progress?.Report(new StageEvent(StageEventKind.Finished, stage.Name, reasons, duration));
        return duration;
    }

    private static MlopsException MissingDep(PipelineDefinition definition, StageDefinition stage, string dep) =>
        definition.ProducerOf(dep) is { } producer
            ? MlopsException.Invalid($"stage '{stage.Name}': dep '{dep}' is missing although stage '{producer.Name}' should produce it")
            : MlopsException.Invalid($"stage '{stage.Name}': dep '{dep}' does not exist and no stage produces it");

    private static void DeleteDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
