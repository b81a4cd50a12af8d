using Mlops.Core.Errors;

namespace Mlops.TrackingServer.Artifacts;

/// <summary>
/// Translates between the stores' artifact locations (folders under the artifacts destination) and the
/// <c>mlflow-artifacts:/</c> URIs clients see when the server proxies artifacts, and resolves proxy paths safely.
/// </summary>
internal sealed class ArtifactLocations
{
    public const string Scheme = "mlflow-artifacts:";

    private readonly string root;

    public ArtifactLocations(string destination)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        var local = destination.StartsWith("file:", StringComparison.OrdinalIgnoreCase) ? new Uri(destination).LocalPath : destination;
        root = Path.GetFullPath(local).TrimEnd('/', '\\');
    }

    public string Root => root;

    /// <summary>A store location under the destination becomes <c>mlflow-artifacts:/relative</c>; others pass through.</summary>
    public string ToWire(string storeUri)
    {
        var local = storeUri.StartsWith("file://", StringComparison.OrdinalIgnoreCase) ? new Uri(storeUri).LocalPath : storeUri;
        if (!local.StartsWith(root, StringComparison.Ordinal))
        {
            return storeUri;
        }
        if (local.Length == root.Length)
        {
            return Scheme + "/";
        }
        return local[root.Length] is '/' or '\\' ? Scheme + "/" + local[(root.Length + 1)..].Replace('\\', '/') : storeUri;
    }

    /// <summary>The inverse of <see cref="ToWire"/>: <c>mlflow-artifacts:/x</c> becomes a folder under the destination.</summary>
    public string ToStore(string wireUri) =>
        wireUri.StartsWith(Scheme, StringComparison.Ordinal) ? Resolve(wireUri[Scheme.Length..]) : wireUri;

    /// <summary>A path relative to the destination as a full local path; '..' and absolute paths are refused.</summary>
    public string Resolve(string? relativePath)
    {
        var segments = (relativePath ?? "").Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is ".." or "."))
        {
            throw MlopsException.Invalid($"Invalid artifact path '{relativePath}': it must not contain '.' or '..' segments.");
        }
        return segments.Length == 0 ? root : Path.Combine([root, .. segments]);
    }
}
