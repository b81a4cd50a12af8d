using Mlops.Core.Errors;
using Mlops.Pipeline.Definition;

namespace Mlops.Pipeline.Running;

/// <summary>Moves a successful stage's outputs from its staging folder into the workspace.</summary>
internal static class StagedOutputs
{
    /// <summary>Checks every declared output exists before moving any, so a missing one publishes nothing.</summary>
    public static void Publish(StageDefinition stage, string stagingDirectory, string workspaceRoot)
    {
        var missing = stage.Outputs.FirstOrDefault(o => !Exists(Path.Combine(stagingDirectory, o)));
        if (missing is not null)
        {
            throw MlopsException.Invalid(
                $"stage '{stage.Name}' did not produce its declared output '{missing}' (write it to context.OutputPath(\"{missing}\"))");
        }
        foreach (var output in stage.Outputs)
        {
            var staged = Path.Combine(stagingDirectory, output);
            var target = WorkspacePaths.ToFullPath(workspaceRoot, output);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }
            if (File.Exists(staged))
            {
                File.Move(staged, target, overwrite: true);
            }
            else
            {
                // A directory output cannot be replaced atomically; it is swapped right after the old one is removed.
                File.Delete(target);
                Directory.Move(staged, target);
            }
        }
    }

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);
}
