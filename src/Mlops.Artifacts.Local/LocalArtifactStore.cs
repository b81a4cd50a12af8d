using Mlops.Core.Artifacts;
using Mlops.Core.Errors;

namespace Mlops.Artifacts.Local;

/// <summary>
/// Artifacts on a local or mounted file system. A root URI is a folder path or a <c>file://</c> URI; relative paths
/// use '/' and may not leave the root, also not through a symbolic link.
/// </summary>
/// <param name="policy">Where roots may be; by default anywhere, with each path confined to its root.</param>
public sealed class LocalArtifactStore(ArtifactPolicy? policy = null) : IArtifactStore
{
    private readonly ArtifactPolicy policy = policy ?? ArtifactPolicy.Unrestricted;

    public async Task LogArtifactsAsync(string rootUri, string localPath, string? artifactPath = null, CancellationToken ct = default)
    {
        var target = Resolve(rootUri, artifactPath);
        if (File.Exists(localPath))
        {
            Directory.CreateDirectory(target);
            await CopyFileAsync(localPath, Path.Combine(target, Path.GetFileName(localPath)), ct);
        }
        else if (Directory.Exists(localPath))
        {
            await CopyDirectoryAsync(localPath, target, ct);
        }
        else
        {
            throw MlopsException.NotFound($"Cannot log artifacts: local path '{localPath}' is neither a file nor a directory.");
        }
    }

    /// <summary>One level under <paramref name="path"/>, like MLflow's list-artifacts; missing folders list as empty.</summary>
    public Task<IReadOnlyList<ArtifactEntry>> ListAsync(string rootUri, string? path = null, CancellationToken ct = default)
    {
        var root = RootFolder(rootUri);
        var folder = Resolve(rootUri, path);
        if (!Directory.Exists(folder))
        {
            return Task.FromResult<IReadOnlyList<ArtifactEntry>>([]);
        }
        var entries = new DirectoryInfo(folder).EnumerateFileSystemInfos()
            .Select(info => new ArtifactEntry(
                Path.GetRelativePath(root, info.FullName).Replace('\\', '/'),
                info is DirectoryInfo,
                info is FileInfo file ? file.Length : null))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult<IReadOnlyList<ArtifactEntry>>(entries);
    }

    /// <summary>Copies to <c>localDirectory/path</c>, keeping the relative path as MLflow's download_artifacts does.</summary>
    public async Task<string> DownloadAsync(string rootUri, string path, string localDirectory, CancellationToken ct = default)
    {
        var source = Resolve(rootUri, path);
        var relative = Path.GetRelativePath(RootFolder(rootUri), source);
        var destination = relative == "." ? Path.GetFullPath(localDirectory) : Path.GetFullPath(Path.Combine(localDirectory, relative));
        if (File.Exists(source))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            await CopyFileAsync(source, destination, ct);
        }
        else if (Directory.Exists(source))
        {
            await CopyDirectoryAsync(source, destination, ct);
        }
        else
        {
            throw MlopsException.NotFound($"Artifact '{path}' does not exist under '{rootUri}'.");
        }
        return destination;
    }

    public string? TryGetLocalPath(string rootUri, string path)
    {
        var source = Resolve(rootUri, path);
        return File.Exists(source) || Directory.Exists(source) ? source : null;
    }

    /// <summary>The local folder a root URI names (decoded and checked by <see cref="ArtifactPolicy"/>).</summary>
    public string RootFolder(string rootUri)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootUri);
        if (ArtifactPolicy.IsRemote(rootUri))
        {
            throw MlopsException.Invalid($"Artifact root '{rootUri}' is not a local path or file:// URI.");
        }
        return policy.RequireAllowed(rootUri, "artifact root");
    }

    private string Resolve(string rootUri, string? relativePath) => ArtifactPolicy.Resolve(RootFolder(rootUri), relativePath);

    private static async Task CopyFileAsync(string source, string destination, CancellationToken ct)
    {
        await using var input = File.OpenRead(source);
        await using var output = File.Create(destination);
        await input.CopyToAsync(output, ct);
    }

    private static async Task CopyDirectoryAsync(string source, string destination, CancellationToken ct)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await CopyFileAsync(file, target, ct);
        }
        foreach (var dir in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(destination, Path.GetRelativePath(source, dir)));
        }
    }
}
