using Mlops.Core.Artifacts;

namespace Mlops.Storage.Relational;

/// <summary>
/// Local artifact locations under the store's artifact folder are kept relative to it ("3/RUN/artifacts"), and made
/// absolute again when read, so a workspace can be moved or cloned. Other values (URIs, paths elsewhere, rows
/// written before) are kept and returned as they are.
/// </summary>
internal sealed class StoreRelativePaths(string artifactRoot)
{
    private readonly string? root = artifactRoot.Contains("://", StringComparison.Ordinal) ? null : Path.GetFullPath(artifactRoot).TrimEnd('/', '\\');

    public string ToStored(string location)
    {
        if (root is null || !Path.IsPathRooted(location) || location.Contains('#') || location.Contains('?'))
        {
            return location;
        }
        var full = Path.GetFullPath(location);
        return full != root && ArtifactPolicy.IsInside(full, root) ? Path.GetRelativePath(root, full).Replace('\\', '/') : location;
    }

    public string FromStored(string stored) =>
        root is null || stored.Length == 0 || Path.IsPathRooted(stored) || stored.Contains(':')
            ? stored
            : Path.Combine(root, stored.Replace('/', Path.DirectorySeparatorChar));
}
