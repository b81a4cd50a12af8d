using Mlops.Core.Errors;
using Mlops.Pipeline.Definition;
using Mlops.Pipeline.Faults;
using Mlops.Pipeline.Locking;
using Mlops.Pipeline.Status;

namespace Mlops.Pipeline.Running;

/// <summary>One pass over the stages, holding the state a run shares: lock file, hash cache, progress sink.</summary>
internal sealed partial class PipelineRun(
    PipelineRunRequest request,
    IReadOnlyDictionary<string, IStageExecutor> executors,
    LockFile lockFile,
    IProgress<StageEvent>? progress,
    TimeProvider time)
{
    private readonly PipelineDefinition _definition = request.Definition;
    private readonly StalenessChecker _checker = new(request.Definition, request.Params);

    public async Task<IReadOnlyList<StageRunResult>> RunAsync(IReadOnlyList<StageDefinition> selected, CancellationToken cancellationToken)
    {
        var selectedNames = selected.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var results = new List<StageRunResult>();
        try
        {
            foreach (var stage in _definition.TopologicalOrder)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (_commits.IsFaulted)
                {
                    break;
                }
                if (!selectedNames.Contains(stage.Name))
                {
                    results.Add(new StageRunResult(stage.Name, StageOutcome.NotSelected, [], TimeSpan.Zero));
                    continue;
                }
                // Decided now, not up front: an upstream stage that just reran may have produced identical outputs.
                var reasons = _checker.Check(stage, FindLockEntry(stage.Name));
                if (reasons.Count == 0 && !request.Force)
                {
                    results.Add(new StageRunResult(stage.Name, StageOutcome.Skipped, ["up to date"], TimeSpan.Zero));
                    progress?.Report(new StageEvent(StageEventKind.Skipped, stage.Name, ["up to date"]));
                    continue;
                }
                reasons = reasons.Count == 0 ? ["forced"] : reasons;
                var duration = await RunStageAsync(stage, reasons, cancellationToken);
                results.Add(new StageRunResult(stage.Name, StageOutcome.Ran, reasons, duration));
            }
        }
        finally
        {
            // An earlier stage's failed record is the first thing that went wrong: it is the error the caller sees.
            await _commits;
        }
        return results;
    }

    private async Task<TimeSpan> RunStageAsync(StageDefinition stage, IReadOnlyList<string> reasons, CancellationToken cancellationToken)
    {
        var root = _definition.WorkspaceRoot;
        var started = time.GetTimestamp();
        var staging = Path.Combine(root, PipelineRunner.StagingRoot, Guid.NewGuid().ToString("N"));
        progress?.Report(new StageEvent(StageEventKind.Started, stage.Name, reasons));
        try
        {
            // Deps are hashed before the stage reads them: if one changes mid-run, the next run sees it as changed.
            var deps = stage.Deps.Select(d => new PathHash(d, _checker.Hasher.Hash(d) ?? throw MissingDep(stage, d))).ToList();
            var parameters = stage.Params.ToDictionary(k => k, request.Params.GetCanonicalValue, StringComparer.Ordinal);
            Directory.CreateDirectory(staging);
            FaultInjection.Point($"{stage.Name}.started", stage.Outputs.Count > 0 ? Path.Combine(staging, stage.Outputs[0]) : staging);
            await executors[stage.Name].ExecuteAsync(new StageContext(root, stage, request.Params, reasons, staging), cancellationToken);
            StagedOutputs.Publish(stage, staging, root);
            foreach (var output in stage.Outputs)
            {
                _checker.Hasher.Invalidate(output);
            }
            var outs = stage.Outputs.Select(o => new PathHash(o, _checker.Hasher.Hash(o)!)).ToList();
            FaultInjection.Point($"{stage.Name}.after-outputs");
            Commit(new StageLock(stage.Name, deps, parameters, outs), stage, reasons, started, cancellationToken);
        }
        catch (Exception ex)
        {
            throw Failed(stage, reasons, started, ex, "its outputs", Path.GetFullPath(staging) + Path.DirectorySeparatorChar);
        }
        finally
        {
            PipelineRunner.DeleteDirectory(staging);
        }
        var duration = time.GetElapsedTime(started);
        progress?.Report(new StageEvent(StageEventKind.Finished, stage.Name, reasons, duration));
        return duration;
    }

    /// <summary>Reports the stage failed; a full disk becomes one error naming the stage and what it was writing.</summary>
    private Exception Failed(StageDefinition stage, IReadOnlyList<string> reasons, long started, Exception ex, string writing, string? staging)
    {
        progress?.Report(new StageEvent(StageEventKind.Failed, stage.Name, reasons, time.GetElapsedTime(started), ex));
        if (DiskFull.Find(ex) is not { } full)
        {
            return ex;
        }
        // Staged outputs are named as the workspace paths they were going to become.
        var what = staging is null ? full.Message : full.Message.Replace(staging, "", StringComparison.Ordinal);
        return new MlopsException(ErrorCode.InvalidState, $"stage '{stage.Name}': the disk is full while writing {writing} ({what})", ex);
    }

    private MlopsException MissingDep(StageDefinition stage, string dep) =>
        _definition.ProducerOf(dep) is { } producer
            ? MlopsException.Invalid($"stage '{stage.Name}': dep '{dep}' is missing although stage '{producer.Name}' should produce it")
            : MlopsException.Invalid($"stage '{stage.Name}': dep '{dep}' does not exist and no stage produces it");
}
