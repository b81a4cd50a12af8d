namespace Mlops.Pipeline.Definition;

/// <summary>One stage of pipeline.yaml; every path is relative to the workspace root and uses '/'.</summary>
public sealed record StageDefinition(
    string Name,
    IReadOnlyList<string> Deps,
    IReadOnlyList<string> Params,
    IReadOnlyList<string> Outs,
    IReadOnlyList<string> Metrics,
    IReadOnlyList<string> Plots)
{
    /// <summary>Outs, metrics and plots: everything the stage writes and the lock file records.</summary>
    public IReadOnlyList<string> Outputs { get; } = [.. Outs, .. Metrics, .. Plots];

    /// <summary>True when <paramref name="path"/> is one of the outputs or lies inside a directory output.</summary>
    public bool Produces(string path) => Outputs.Any(o => WorkspacePaths.Covers(o, path));
}
