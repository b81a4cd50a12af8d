namespace Mlops.Core.Artifacts;

/// <summary>
/// Files of runs and models, addressed by a root URI (a run's artifact URI) plus a relative path with '/' separators.
/// </summary>
public interface IArtifactStore
{
    /// <summary>Copies a local file or a whole directory to <paramref name="artifactPath"/> under the root.</summary>
    Task LogArtifactsAsync(string rootUri, string localPath, string? artifactPath = null, CancellationToken ct = default);

    Task<IReadOnlyList<ArtifactEntry>> ListAsync(string rootUri, string? path = null, CancellationToken ct = default);

    /// <summary>Downloads a file or directory to a local folder and returns the local path of what was downloaded.</summary>
    Task<string> DownloadAsync(string rootUri, string path, string localDirectory, CancellationToken ct = default);

    /// <summary>
    /// The local path of a file or directory that can be read where it is, or null when it must be downloaded (the
    /// default: remote stores). Artifacts are not changed once logged, so readers need no private copy.
    /// </summary>
    string? TryGetLocalPath(string rootUri, string path) => null;
}

/// <summary>A listed artifact: relative path, whether it is a directory, and its size for files.</summary>
public sealed record ArtifactEntry(string Path, bool IsDirectory, long? FileSize);
