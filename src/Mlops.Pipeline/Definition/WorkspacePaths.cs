using Mlops.Core.Errors;

namespace Mlops.Pipeline.Definition;

/// <summary>Normalizes and compares workspace-relative paths so "./a\\b" and "a/b" name the same output.</summary>
public static class WorkspacePaths
{
    /// <summary>Returns the path with '/' separators and no "." segments; rejects absolute paths and "..".</summary>
    public static string Normalize(string raw, string context)
    {
        var text = raw.Trim().Replace('\\', '/');
        if (text.Length == 0)
        {
            throw MlopsException.Invalid($"{context}: empty path");
        }
        if (text.StartsWith('/') || Path.IsPathRooted(text))
        {
            throw MlopsException.Invalid($"{context}: path '{raw}' must be relative to the workspace root");
        }
        var segments = text.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToArray();
        if (segments.Contains(".."))
        {
            throw MlopsException.Invalid($"{context}: path '{raw}' must stay inside the workspace (no '..')");
        }
        if (segments.Length == 0)
        {
            throw MlopsException.Invalid($"{context}: path '{raw}' names the workspace root itself");
        }
        return string.Join('/', segments);
    }

    /// <summary>True when <paramref name="path"/> equals <paramref name="output"/> or lies inside it.</summary>
    public static bool Covers(string output, string path) =>
        path == output || path.StartsWith(output + "/", StringComparison.Ordinal);

    /// <summary>True when one path equals or contains the other.</summary>
    public static bool Overlap(string a, string b) => Covers(a, b) || Covers(b, a);

    public static string ToFullPath(string workspaceRoot, string relativePath) =>
        Path.GetFullPath(Path.Combine(workspaceRoot, relativePath));
}
