using Amazon.S3;
using Amazon.S3.Model;
using Mlops.Core.Artifacts;
using Mlops.Core.Errors;

namespace Mlops.Artifacts.S3;

/// <summary>
/// Artifacts in S3 or an S3-compatible server under <c>s3://bucket/prefix</c> roots. Folders are key prefixes (no
/// marker objects); relative paths are checked as for local roots. Uploads are all-or-nothing per file
/// (see <see cref="S3Uploads"/>); downloads land under a temporary name first.
/// </summary>
public sealed partial class S3ArtifactStore : IArtifactStore, IDisposable
{
    private readonly IAmazonS3 client;
    private readonly S3Uploads uploads;
    private readonly S3DownloadCache? cache;
    private readonly bool ownsClient;

    /// <summary>A store with its own client built from <paramref name="options"/>.</summary>
    public S3ArtifactStore(S3ArtifactOptions options)
        : this(S3ClientFactory.Create(options), options, ownsClient: true)
    {
    }

    /// <summary>A store on a given client (its configuration is the caller's); the client is not disposed with the store.</summary>
    public S3ArtifactStore(IAmazonS3 client, S3ArtifactOptions options)
        : this(client, options, ownsClient: false)
    {
    }

    private S3ArtifactStore(IAmazonS3 client, S3ArtifactOptions options, bool ownsClient)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        if (options.PartSize < 5L * 1024 * 1024 || options.MultipartThreshold < options.PartSize)
        {
            throw MlopsException.Invalid(
                $"S3 part size {options.PartSize} must be at least 5 MiB (S3's minimum) and the multipart threshold {options.MultipartThreshold} at least the part size.");
        }
        this.client = client;
        this.ownsClient = ownsClient;
        uploads = new S3Uploads(client, options);
        cache = options.CacheFolder is { } folder ? new S3DownloadCache(folder) : null;
    }

    public async Task LogArtifactsAsync(string rootUri, string localPath, string? artifactPath = null, CancellationToken ct = default)
    {
        var root = S3ArtifactRoot.Parse(rootUri);
        var target = S3ArtifactRoot.Relative(artifactPath);
        if (File.Exists(localPath))
        {
            await PutAsync(root, Join(target, Path.GetFileName(localPath)), localPath, ct);
        }
        else if (Directory.Exists(localPath))
        {
            foreach (var file in Directory.EnumerateFiles(localPath, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                await PutAsync(root, Join(target, Path.GetRelativePath(localPath, file).Replace('\\', '/')), file, ct);
            }
        }
        else
        {
            throw MlopsException.NotFound($"Cannot log artifacts: local path '{localPath}' is neither a file nor a directory.");
        }
    }

    /// <summary>One level under <paramref name="path"/>, like MLflow's list-artifacts; a missing folder lists as empty.</summary>
    public async Task<IReadOnlyList<ArtifactEntry>> ListAsync(string rootUri, string? path = null, CancellationToken ct = default)
    {
        var root = S3ArtifactRoot.Parse(rootUri);
        var folder = root.FolderPrefix(path);
        var entries = new List<ArtifactEntry>();
        await foreach (var page in PagesAsync(root.Bucket, folder, "/", ct))
        {
            entries.AddRange((page.CommonPrefixes ?? []).Select(p => new ArtifactEntry(root.RelativeOf(p.TrimEnd('/')), true, null)));
            entries.AddRange((page.S3Objects ?? []).Where(o => o.Key != folder)
                .Select(o => new ArtifactEntry(root.RelativeOf(o.Key), false, o.Size ?? 0)));
        }
        return entries.OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>Copies to <c>localDirectory/path</c>, keeping the relative path as MLflow's download_artifacts does.</summary>
    public async Task<string> DownloadAsync(string rootUri, string path, string localDirectory, CancellationToken ct = default)
    {
        var root = S3ArtifactRoot.Parse(rootUri);
        var relative = S3ArtifactRoot.Relative(path);
        var destination = Path.GetFullPath(relative.Length == 0 ? localDirectory : Path.Combine(localDirectory, relative));
        var objects = await ObjectsUnderAsync(root, relative, ct);
        if (objects.Count > 0 || relative.Length == 0)
        {
            await DownloadFolderAsync(root, root.FolderPrefix(relative), objects, destination, ct);
            return destination;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        if (!await TryGetFileAsync(root.Bucket, root.KeyOf(relative), destination, ct))
        {
            throw MlopsException.NotFound($"Artifact '{path}' does not exist under '{rootUri}'.");
        }
        return destination;
    }

    public void Dispose()
    {
        if (ownsClient)
        {
            client.Dispose();
        }
    }

    private Task PutAsync(S3ArtifactRoot root, string relative, string localFile, CancellationToken ct) =>
        Guard(() => uploads.PutFileAsync(root.Bucket, root.KeyOf(relative), localFile, ct), root);

    private static string Join(string folder, string name) => folder.Length == 0 ? name : $"{folder}/{name}";
}
