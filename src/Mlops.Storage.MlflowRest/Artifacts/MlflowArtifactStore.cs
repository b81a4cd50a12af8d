using Mlops.Artifacts.Local;
using Mlops.Core.Artifacts;
using Mlops.Core.Errors;
using Mlops.Storage.MlflowRest.Http;

namespace Mlops.Storage.MlflowRest.Artifacts;

/// <summary>
/// Artifacts through the tracking server's proxy (<c>/api/2.0/mlflow-artifacts/artifacts</c>) for
/// <c>mlflow-artifacts:</c> roots; local paths and <c>file://</c> roots go to <see cref="LocalArtifactStore"/>.
/// </summary>
public sealed class MlflowArtifactStore : IArtifactStore
{
    private readonly MlflowHttp _http;
    private readonly LocalArtifactStore _local = new();

    internal MlflowArtifactStore(MlflowHttp http) => _http = http;

    public async Task LogArtifactsAsync(string rootUri, string localPath, string? artifactPath = null, CancellationToken ct = default)
    {
        if (!ArtifactPaths.IsProxied(rootUri))
        {
            await _local.LogArtifactsAsync(rootUri, localPath, artifactPath, ct);
            return;
        }
        var target = ArtifactPaths.Join(ArtifactPaths.ProxyRoot(rootUri), ArtifactPaths.Normalize(artifactPath));
        if (File.Exists(localPath))
        {
            await UploadAsync(localPath, ArtifactPaths.Join(target, Path.GetFileName(localPath)), ct);
        }
        else if (Directory.Exists(localPath))
        {
            foreach (var file in Directory.EnumerateFiles(localPath, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(localPath, file).Replace('\\', '/');
                await UploadAsync(file, ArtifactPaths.Join(target, relative), ct);
            }
        }
        else
        {
            throw MlopsException.NotFound($"Cannot log artifacts: local path '{localPath}' is neither a file nor a directory.");
        }
    }

    /// <summary>One level under <paramref name="path"/>, with paths relative to the root as MLflow's list-artifacts gives them.</summary>
    public async Task<IReadOnlyList<ArtifactEntry>> ListAsync(string rootUri, string? path = null, CancellationToken ct = default)
    {
        if (!ArtifactPaths.IsProxied(rootUri))
        {
            return await _local.ListAsync(rootUri, path, ct);
        }
        return await ListProxiedAsync(rootUri, ArtifactPaths.Normalize(path), ct);
    }

    /// <summary>Downloads to <c>localDirectory/path</c>; the parent listing tells a file from a folder from a missing path.</summary>
    public async Task<string> DownloadAsync(string rootUri, string path, string localDirectory, CancellationToken ct = default)
    {
        if (!ArtifactPaths.IsProxied(rootUri))
        {
            return await _local.DownloadAsync(rootUri, path, localDirectory, ct);
        }
        var relative = ArtifactPaths.Normalize(path);
        var destination = Path.GetFullPath(relative.Length == 0 ? localDirectory : Path.Combine(localDirectory, relative));
        var isDirectory = relative.Length == 0 || await IsDirectoryAsync(rootUri, relative, path, ct);
        if (isDirectory)
        {
            await DownloadDirectoryAsync(rootUri, relative, localDirectory, ct);
            Directory.CreateDirectory(destination);
        }
        else
        {
            await DownloadFileAsync(rootUri, relative, destination, ct);
        }
        return destination;
    }

    private async Task<bool> IsDirectoryAsync(string rootUri, string relative, string requested, CancellationToken ct)
    {
        var siblings = await ListProxiedAsync(rootUri, ArtifactPaths.Parent(relative), ct);
        var entry = siblings.FirstOrDefault(e => e.Path == relative)
            ?? throw MlopsException.NotFound($"Artifact '{requested}' does not exist under '{rootUri}'.");
        return entry.IsDirectory;
    }

    private async Task DownloadDirectoryAsync(string rootUri, string relative, string localDirectory, CancellationToken ct)
    {
        foreach (var entry in await ListProxiedAsync(rootUri, relative, ct))
        {
            if (entry.IsDirectory)
            {
                await DownloadDirectoryAsync(rootUri, entry.Path, localDirectory, ct);
                Directory.CreateDirectory(Path.Combine(localDirectory, entry.Path));
            }
            else
            {
                await DownloadFileAsync(rootUri, entry.Path, Path.Combine(localDirectory, entry.Path), ct);
            }
        }
    }

    private Task DownloadFileAsync(string rootUri, string relative, string destination, CancellationToken ct) =>
        _http.DownloadAsync(ProxyUrl(ArtifactPaths.Join(ArtifactPaths.ProxyRoot(rootUri), relative)), destination, ct);

    private Task UploadAsync(string localFile, string serverPath, CancellationToken ct) =>
        _http.PutFileAsync(ProxyUrl(serverPath), localFile, ct);

    private async Task<IReadOnlyList<ArtifactEntry>> ListProxiedAsync(string rootUri, string relative, CancellationToken ct)
    {
        var serverPath = ArtifactPaths.Join(ArtifactPaths.ProxyRoot(rootUri), relative);
        var response = await _http.GetAsync<ListArtifactsResponse>(MlflowRoutes.ArtifactsProxy, [new("path", serverPath)], ct);
        return (response.Files ?? [])
            .Select(f => new ArtifactEntry(ArtifactPaths.Join(relative, f.Path), f.IsDir == true, f.IsDir == true ? null : f.FileSize))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
    }

    private static string ProxyUrl(string serverPath) => $"{MlflowRoutes.ArtifactsProxy}/{ArtifactPaths.EscapeSegments(serverPath)}";
}
