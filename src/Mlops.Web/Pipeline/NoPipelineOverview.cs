namespace Mlops.Web.Pipeline;

/// <summary>The overview of a host outside a workspace: none.</summary>
public sealed class NoPipelineOverview : IPipelineOverview
{
    public bool IsAvailable => false;

    public PipelineOverview Read() => new("", [], "The UI is not running in a workspace (no pipeline.yaml).");
}
