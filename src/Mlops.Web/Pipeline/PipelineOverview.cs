namespace Mlops.Web.Pipeline;

/// <summary>The workspace's stages in the order they run; an error (an unreadable pipeline.yaml) replaces them.</summary>
public sealed record PipelineOverview(string Workspace, IReadOnlyList<PipelineStageView> Stages, string? Error = null)
{
    public bool IsUpToDate => Error is null && Stages.All(s => s.State == PipelineStageState.UpToDate);
}
