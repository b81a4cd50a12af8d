using Mlops.Pipeline.Definition;
using Mlops.Pipeline.Params;

namespace Mlops.Pipeline.Running;

/// <summary>What to run: the pipeline, the effective params, and which stages.</summary>
public sealed record PipelineRunRequest(PipelineDefinition Definition, ParamsDocument Params)
{
    /// <summary>Run every selected stage even when it is up to date.</summary>
    public bool Force { get; init; }

    /// <summary>When set, only this stage and the stages it needs (its upstream closure) are considered.</summary>
    public string? TargetStage { get; init; }

    /// <summary>How long to wait for another run in the same workspace to finish.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>
    /// The params file <see cref="Params"/> was read from, when it carries no overrides: a whole-pipeline run then
    /// records an <see cref="Status.UpToDateStamp"/> so the next no-change run can answer from file metadata alone.
    /// </summary>
    public string? StampParamsFile { get; init; }

    /// <summary>
    /// Called after a stage's outputs are in place and before its lock entry is written, so whatever the host
    /// records about the stage (a tracked run's params and metrics) is complete before the lock says it is done.
    /// Calls come one at a time in stage order, but on another thread while the next stage already runs: a stage
    /// that needs an earlier stage's record must wait for it through the host.
    /// </summary>
    public Func<StageDefinition, CancellationToken, Task>? RecordStageAsync { get; init; }

    /// <summary>
    /// Called once every selected stage has run or been skipped, still under the workspace lock and before the
    /// up-to-date stamp is written, so the host finishes its record (the tracked run) before a run counts as complete.
    /// </summary>
    public Func<PipelineRunResult, CancellationToken, Task>? CompleteAsync { get; init; }

    /// <summary>Told once, when the run has to wait for another run's workspace lock, who holds it.</summary>
    public Action<string>? OnLockWait { get; init; }

    /// <summary>Identifies the code that judged staleness; a stamp written by other code is not trusted.</summary>
    public string ToolVersion { get; init; } = "";
}
