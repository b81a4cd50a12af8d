using System.Runtime.CompilerServices;
using Amazon.S3;
using Amazon.S3.Model;
using Mlops.Core.Errors;

namespace Mlops.Artifacts.S3;

public sealed partial class S3ArtifactStore
{
    /// <summary>Every object below a folder (recursively), keys in order.</summary>
    private async Task<IReadOnlyList<S3Object>> ObjectsUnderAsync(S3ArtifactRoot root, string relative, CancellationToken ct)
    {
        var folder = root.FolderPrefix(relative);
        var objects = new List<S3Object>();
        await foreach (var page in PagesAsync(root.Bucket, folder, null, ct))
        {
            objects.AddRange((page.S3Objects ?? []).Where(o => o.Key != folder && !o.Key.EndsWith('/')));
        }
        return objects;
    }

    private async IAsyncEnumerable<ListObjectsV2Response> PagesAsync(string bucket, string prefix, string? delimiter,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var request = new ListObjectsV2Request { BucketName = bucket, Prefix = prefix, Delimiter = delimiter };
        while (true)
        {
            var page = await Guard(() => client.ListObjectsV2Async(request, ct), bucket);
            yield return page;
            if (page.IsTruncated != true || string.IsNullOrEmpty(page.NextContinuationToken))
            {
                yield break;
            }
            request.ContinuationToken = page.NextContinuationToken;
        }
    }

    private async Task DownloadFolderAsync(S3ArtifactRoot root, string folder, IReadOnlyList<S3Object> objects, string destination, CancellationToken ct)
    {
        if (cache is not null && objects.Count > 0)
        {
            var cached = await cache.GetOrAddAsync(objects, folder, (o, file) => GetFileAsync(root.Bucket, o.Key, file, ct), ct);
            S3DownloadCache.CopyTree(cached, destination);
            return;
        }
        Directory.CreateDirectory(destination);
        foreach (var o in objects)
        {
            await GetFileAsync(root.Bucket, o.Key, Path.Combine(destination, o.Key[folder.Length..]), ct);
        }
    }

    private async Task GetFileAsync(string bucket, string key, string destination, CancellationToken ct)
    {
        if (!await TryGetFileAsync(bucket, key, destination, ct))
        {
            throw MlopsException.NotFound($"Artifact s3://{bucket}/{key} disappeared while it was being downloaded.");
        }
    }

    /// <summary>Writes the object to a temporary sibling and moves it into place; false when there is no such key.</summary>
    private async Task<bool> TryGetFileAsync(string bucket, string key, string destination, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        var temporary = destination + $".{Guid.NewGuid():N}.partial";
        try
        {
            using var response = await Guard(() => client.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = key }, ct), bucket);
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await response.ResponseStream.CopyToAsync(file, ct);
            }
            File.Move(temporary, destination, overwrite: true);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound && e.ErrorCode == "NoSuchKey")
        {
            return false;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static Task<T> Guard<T>(Func<Task<T>> call, S3ArtifactRoot root) => Guard(call, root.Bucket);

    private static async Task Guard(Func<Task> call, S3ArtifactRoot root) => await Guard(async () => { await call(); return true; }, root.Bucket);

    /// <summary>A missing bucket or refused credentials are the user's setting, named as such; other faults pass through.</summary>
    private static async Task<T> Guard<T>(Func<Task<T>> call, string bucket)
    {
        try
        {
            return await call();
        }
        catch (AmazonS3Exception e) when (e.ErrorCode == "NoSuchBucket")
        {
            throw MlopsException.NotFound($"S3 bucket '{bucket}' does not exist at the configured endpoint (MLOPS_S3_ENDPOINT_URL).");
        }
        catch (AmazonS3Exception e) when (e.StatusCode is System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.Unauthorized)
        {
            throw new MlopsException(ErrorCode.InvalidState,
                $"S3 refused access to bucket '{bucket}' ({e.ErrorCode}): check AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_PROFILE.", e);
        }
    }
}
