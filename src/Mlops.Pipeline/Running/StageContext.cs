using Mlops.Core.Errors;
using Mlops.Pipeline.Definition;
using Mlops.Pipeline.Params;

namespace Mlops.Pipeline.Running;

/// <summary>
/// What a running stage sees. Outputs go to a staging folder through <see cref="OutputPath"/>; the runner moves
/// them into the workspace only when the stage succeeds, so a failed stage never damages the last good outputs.
/// </summary>
public sealed class StageContext(
    string workspaceRoot,
    StageDefinition stage,
    ParamsDocument parameters,
    IReadOnlyList<string> reasons,
    string stagingDirectory)
{
    private string? _paramsYaml;

    public string WorkspaceRoot { get; } = Path.GetFullPath(workspaceRoot);

    public StageDefinition Stage { get; } = stage;

    /// <summary>The effective params (params file plus overrides).</summary>
    public ParamsDocument Params { get; } = parameters;

    /// <summary>The effective params as YAML text, for stages that bind it to typed options.</summary>
    public string ParamsYaml => _paramsYaml ??= Params.ToYaml();

    /// <summary>Why the stage runs, e.g. "dep changed: data/raw/x.csv".</summary>
    public IReadOnlyList<string> Reasons { get; } = reasons;

    public string StagingDirectory { get; } = Path.GetFullPath(stagingDirectory);

    /// <summary>The real workspace path of a dep (or any workspace file) to read.</summary>
    public string InputPath(string relativePath) =>
        WorkspacePaths.ToFullPath(WorkspaceRoot, WorkspacePaths.Normalize(relativePath, $"stage '{Stage.Name}' input"));

    /// <summary>
    /// Where to write a declared out, metric or plot (or a file inside a declared directory output). The parent
    /// folder exists on return.
    /// </summary>
    public string OutputPath(string relativePath)
    {
        var path = WorkspacePaths.Normalize(relativePath, $"stage '{Stage.Name}' output");
        if (!Stage.Produces(path))
        {
            throw MlopsException.Invalid(
                $"stage '{Stage.Name}' asked to write '{path}', which is not among its outs, metrics or plots " +
                $"({string.Join(", ", Stage.Outputs)})");
        }
        var full = Path.Combine(StagingDirectory, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }
}
