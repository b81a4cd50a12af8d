namespace Mlops.Web.Pipeline;

/// <summary>One stage: the stages it reads from, its state and why it is stale (e.g. "params changed: split.seed (42 → 7)").</summary>
public sealed record PipelineStageView(
    string Name,
    IReadOnlyList<string> Upstream,
    PipelineStageState State,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Outputs);
