using Mlops.Artifacts.S3;
using Mlops.Core.Artifacts;

namespace Mlops.Cli.Infrastructure;

/// <summary>
/// Sends each artifact root to the store of its scheme: <c>s3://</c> (and <c>s3a://</c>) to an
/// <see cref="S3ArtifactStore"/> made on first use from the environment (<see cref="S3ArtifactOptions.FromEnvironment"/>),
/// every other root to the backend's own store. A run's artifact URI decides, so one store can hold runs of both.
/// </summary>
public sealed class ArtifactStoreRouter(IArtifactStore backend, Func<S3ArtifactOptions> s3Options) : IArtifactStore
{
    private readonly Lazy<S3ArtifactStore> s3 = new(() => new S3ArtifactStore(s3Options()));

    /// <summary>The S3 settings of this process: the environment, and folder downloads cached in <see cref="CacheFolder"/>.</summary>
    public static S3ArtifactOptions EnvironmentOptions() =>
        S3ArtifactOptions.FromEnvironment(Environment.GetEnvironmentVariable) with { CacheFolder = CacheFolder() };

    /// <summary><c>MLOPS_S3_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/mlops/s3</c>, else <c>~/.cache/mlops/s3</c>.</summary>
    public static string CacheFolder() =>
        Environment.GetEnvironmentVariable("MLOPS_S3_CACHE_DIR") is { Length: > 0 } folder ? Path.GetFullPath(folder)
        : Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "mlops", "s3");

    public Task LogArtifactsAsync(string rootUri, string localPath, string? artifactPath = null, CancellationToken ct = default) =>
        For(rootUri).LogArtifactsAsync(rootUri, localPath, artifactPath, ct);

    public Task<IReadOnlyList<ArtifactEntry>> ListAsync(string rootUri, string? path = null, CancellationToken ct = default) =>
        For(rootUri).ListAsync(rootUri, path, ct);

    public Task<string> DownloadAsync(string rootUri, string path, string localDirectory, CancellationToken ct = default) =>
        For(rootUri).DownloadAsync(rootUri, path, localDirectory, ct);

    public string? TryGetLocalPath(string rootUri, string path) => For(rootUri).TryGetLocalPath(rootUri, path);

    private IArtifactStore For(string rootUri) => S3ArtifactRoot.Is(rootUri) ? s3.Value : backend;
}
