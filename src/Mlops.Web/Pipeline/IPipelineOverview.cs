namespace Mlops.Web.Pipeline;

/// <summary>
/// The stage graph of the workspace the UI runs in and each stage's state. Declared here because the UI may not
/// reference the pipeline engine; the CLI implements it with what `mlops pipeline status` computes. A host that runs
/// outside a workspace registers <see cref="NoPipelineOverview"/>, and the nav hides the page.
/// </summary>
public interface IPipelineOverview
{
    /// <summary>False outside a workspace: there is no pipeline to show.</summary>
    bool IsAvailable { get; }

    /// <summary>Reads pipeline.yaml, params.yaml and the lock file now (they change while the UI runs).</summary>
    PipelineOverview Read();
}
