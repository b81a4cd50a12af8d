namespace Mlops.Lifecycle;

/// <summary>How to run the lifecycle pipeline: workspace, selection and experiment-variant overrides.</summary>
public sealed record PipelineRunOptions(string Workspace)
{
    public bool Force { get; init; }
    public string? TargetStage { get; init; }
    /// <summary>`key=value` assignments applied to params, as with `--set`.</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];
    /// <summary>Another params file instead of the workspace's params.yaml.</summary>
    public string? ParamsFile { get; init; }
    /// <summary>Told once, when the run waits for another pipeline run in the same workspace, who holds the lock.</summary>
    public Action<string>? OnLockWait { get; init; }
    /// <summary>Told each problem that does not stop the run (the library never writes to the console); null drops them.</summary>
    public Action<string>? OnWarning { get; init; }
    /// <summary>
    /// False: the register stage registers and stages the version but never moves the champion alias, because the
    /// caller decides (a retrain's gate).
    /// </summary>
    public bool Promote { get; init; } = true;
    /// <summary>Added to the tracked run's tags, e.g. mlflow.parentRunId when a retrain runs the pipeline as a child run.</summary>
    public IReadOnlyDictionary<string, string> RunTags { get; init; } = new Dictionary<string, string>();
}
