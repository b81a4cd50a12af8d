using Mlops.Core.Artifacts;

namespace Mlops.TrackingServer.Artifacts;

/// <summary>
/// Translates between the stores' artifact locations (folders under the artifacts destination) and the
/// <c>mlflow-artifacts:/</c> URIs clients see, and applies <see cref="ArtifactPolicy"/> with the destination as the
/// only local root: at creation (<see cref="Check"/>) and again when serving (<see cref="LocalRoot"/>). Without the
/// proxy (<c>mlflow server --default-artifact-root</c> without <c>--serve-artifacts</c>) clients are shown plain
/// <c>file://</c> URIs instead and read and write the folder themselves; the same checks still confine every location.
/// </summary>
internal sealed class ArtifactLocations
{
    private readonly string root;
    private readonly ArtifactPolicy policy;
    private readonly bool proxied;

    public ArtifactLocations(string destination, bool proxied = true)
    {
        this.proxied = proxied;
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        root = ArtifactPolicy.LocalFolder(destination, "artifacts destination").TrimEnd('/', '\\');
        policy = new ArtifactPolicy([root]);
    }

    public string Root => root;

    /// <summary>
    /// A store location under the destination becomes <c>mlflow-artifacts:/relative</c> (or, unproxied, its
    /// <c>file://</c> URI); others pass through.
    /// </summary>
    public string ToWire(string storeUri)
    {
        // A malformed legacy location is shown as stored rather than failing the whole listing.
        var local = storeUri.StartsWith("file://", StringComparison.OrdinalIgnoreCase) && Uri.TryCreate(storeUri, UriKind.Absolute, out var uri)
            ? uri.LocalPath
            : storeUri;
        if (!local.StartsWith(root, StringComparison.Ordinal))
        {
            return storeUri;
        }
        if (local.Length == root.Length)
        {
            return proxied ? MlflowArtifactUri.Scheme + "/" : new Uri(root + "/").AbsoluteUri.TrimEnd('/');
        }
        if (local[root.Length] is not ('/' or '\\'))
        {
            return storeUri;
        }
        var relative = local[(root.Length + 1)..].Replace('\\', '/');
        return proxied ? MlflowArtifactUri.Scheme + "/" + relative : new Uri(root + "/" + relative).AbsoluteUri;
    }

    /// <summary>
    /// A location sent by a client, checked and in the form to store: <c>mlflow-artifacts:/x</c> and local paths become
    /// a folder inside the destination, a supported remote URI stays as it is; anything else is refused.
    /// </summary>
    public string Check(string location, string field) =>
        MlflowArtifactUri.Is(location) ? Resolve(MlflowArtifactUri.PathOf(location), field) : policy.RequireAllowed(location, field);

    /// <summary>The local folder of a stored location, refused when it is remote or outside the destination.</summary>
    public string LocalRoot(string storeUri)
    {
        var checkedLocation = Check(storeUri, "artifact location");
        return ArtifactPolicy.IsRemote(checkedLocation)
            ? throw MlopsException.Invalid($"Artifacts at '{storeUri}' are in a remote store; this server serves only its artifacts destination.")
            : checkedLocation;
    }

    /// <summary>A path relative to the destination as a full local path, confined to it (links followed).</summary>
    public string Resolve(string? relativePath, string field = "path") => ArtifactPolicy.Resolve(root, relativePath, field);
}
