using Mlops.Core.Artifacts;

namespace Mlops.TrackingServer.Artifacts;

/// <summary>
/// Translates between the stores' artifact locations (folders under the artifacts destination) and the
/// <c>mlflow-artifacts:/</c> URIs clients see, and applies <see cref="ArtifactPolicy"/> with the destination as the
/// only local root: at creation (<see cref="Check"/>) and again when serving (<see cref="LocalRoot"/>). Without the
/// proxy (<c>mlflow server --default-artifact-root</c> without <c>--serve-artifacts</c>) clients are shown plain
/// <c>file://</c> URIs instead and read and write the folder themselves; the same checks still confine every location.
/// A remote destination (<c>s3://bucket/prefix</c>) maps <c>mlflow-artifacts:/x</c> to <c>s3://bucket/prefix/x</c> and
/// serves only locations under it, through the artifact store.
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
        IsRemote = ArtifactPolicy.IsRemote(destination);
        // A remote destination (s3://bucket/prefix) is served through the artifact store; nothing local is served then.
        root = IsRemote ? ArtifactPolicy.Unrestricted.RequireAllowed(destination, "artifacts destination").TrimEnd('/')
            : ArtifactPolicy.LocalFolder(destination, "artifacts destination").TrimEnd('/', '\\');
        policy = IsRemote ? ArtifactPolicy.Unrestricted : new ArtifactPolicy([root]);
    }

    public string Root => root;

    /// <summary>Whether the destination is an object store URI rather than a local folder.</summary>
    public bool IsRemote { get; }

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
        MlflowArtifactUri.Is(location) ? Resolve(MlflowArtifactUri.PathOf(location), field)
        : IsRemote && !ArtifactPolicy.IsRemote(location)
            ? throw MlopsException.Invalid($"Invalid {field} '{location}': the artifacts destination is {root}; local paths are not served.")
            : policy.RequireAllowed(location, field);

    /// <summary>
    /// The root a stored location is served from: its local folder (as <see cref="LocalRoot"/>), or with a remote
    /// destination the URI itself, refused when it lies outside the destination.
    /// </summary>
    public string ServedRoot(string storeUri)
    {
        if (!IsRemote)
        {
            return LocalRoot(storeUri);
        }
        var location = Check(storeUri, "artifact location");
        return Contains(root, location)
            ? location
            : throw MlopsException.Invalid($"Artifacts at '{storeUri}' are outside this server's artifacts destination {root}.");
    }

    /// <summary>Whether <paramref name="location"/> is <paramref name="servedRoot"/> or lies under it (both from <see cref="ServedRoot"/> or <see cref="Check"/>).</summary>
    public bool Contains(string servedRoot, string location) =>
        IsRemote
            ? location == servedRoot || location.StartsWith(servedRoot.TrimEnd('/') + "/", StringComparison.Ordinal)
            : ArtifactPolicy.IsInside(ArtifactPolicy.RealPath(location), ArtifactPolicy.RealPath(servedRoot));

    /// <summary>The local folder of a stored location, refused when it is remote or outside the destination.</summary>
    public string LocalRoot(string storeUri)
    {
        var checkedLocation = Check(storeUri, "artifact location");
        return ArtifactPolicy.IsRemote(checkedLocation)
            ? throw MlopsException.Invalid($"Artifacts at '{storeUri}' are in a remote store; this server serves only its artifacts destination.")
            : checkedLocation;
    }

    /// <summary>A path relative to the destination as a full local path, confined to it (links followed).</summary>
    public string Resolve(string? relativePath, string field = "path") =>
        IsRemote ? Join(root, relativePath, field) : ArtifactPolicy.Resolve(root, relativePath, field);

    /// <summary>A checked relative path under a root from <see cref="ServedRoot"/>: a confined local path, or joined with '/' to a remote one.</summary>
    public string Under(string servedRoot, string? relativePath, string field = "path") =>
        IsRemote ? Join(servedRoot, relativePath, field) : ArtifactPolicy.Resolve(servedRoot, relativePath, field);

    /// <summary>A checked relative path under a remote root, joined with '/'.</summary>
    private static string Join(string remoteRoot, string? relativePath, string field = "path") =>
        ArtifactPolicy.Segments(relativePath, field) is { Count: > 0 } segments ? $"{remoteRoot.TrimEnd('/')}/{string.Join('/', segments)}" : remoteRoot;
}
