namespace Mlops.Pipeline.Running;

/// <summary>One result per stage of the pipeline, in topological order.</summary>
public sealed record PipelineRunResult(IReadOnlyList<StageRunResult> Stages)
{
    public IReadOnlyList<string> Ran => [.. Stages.Where(s => s.Outcome == StageOutcome.Ran).Select(s => s.Stage)];

    public StageRunResult this[string stage] => Stages.Single(s => s.Stage == stage);
}
