using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Mlops.Artifacts.S3;

/// <summary>
/// Puts one local file at one key so that readers see either nothing or the whole file: a single PUT below the
/// multipart threshold (atomic in S3), else a multipart upload that is completed only after every part is in and
/// aborted on any failure or cancellation (its parts are never listed as an object).
/// </summary>
internal sealed class S3Uploads(IAmazonS3 client, S3ArtifactOptions options)
{
    public async Task PutFileAsync(string bucket, string key, string localFile, CancellationToken ct)
    {
        var size = new FileInfo(localFile).Length;
        if (size < options.MultipartThreshold)
        {
            await client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, FilePath = localFile, UseChunkEncoding = false }, ct);
            return;
        }
        await PutMultipartAsync(bucket, key, localFile, size, ct);
    }

    /// <summary>Uploads a stream of unknown length through a local temporary file, so it gets the same guarantees.</summary>
    public async Task PutStreamAsync(string bucket, string key, Stream content, CancellationToken ct)
    {
        var temporary = Path.Combine(Path.GetTempPath(), $"mlops-s3-upload-{Guid.NewGuid():N}.partial");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, ct);
            }
            await PutFileAsync(bucket, key, temporary, ct);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private async Task PutMultipartAsync(string bucket, string key, string localFile, long size, CancellationToken ct)
    {
        var upload = await client.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = bucket, Key = key }, ct);
        try
        {
            var parts = new List<PartETag>();
            for (long position = 0, number = 1; position < size; position += options.PartSize, number++)
            {
                var part = await client.UploadPartAsync(new UploadPartRequest
                {
                    BucketName = bucket,
                    Key = key,
                    UploadId = upload.UploadId,
                    PartNumber = (int)number,
                    FilePath = localFile,
                    FilePosition = position,
                    PartSize = Math.Min(options.PartSize, size - position),
                    UseChunkEncoding = false,
                }, ct);
                parts.Add(new PartETag((int)number, part.ETag));
            }
            await client.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
            {
                BucketName = bucket, Key = key, UploadId = upload.UploadId, PartETags = parts,
            }, ct);
        }
        catch
        {
            await AbortAsync(bucket, key, upload.UploadId);
            throw;
        }
    }

    /// <summary>Best effort, and never with the caller's token: a cancelled upload must still be aborted.</summary>
    private async Task AbortAsync(string bucket, string key, string uploadId)
    {
        try
        {
            await client.AbortMultipartUploadAsync(new AbortMultipartUploadRequest { BucketName = bucket, Key = key, UploadId = uploadId }, CancellationToken.None);
        }
        catch (Exception e) when (e is AmazonServiceException or AmazonClientException or HttpRequestException or IOException)
        {
            // The original failure is what the caller needs; unfinished parts are never listed, and a bucket lifecycle
            // rule (AbortIncompleteMultipartUpload) reclaims their space.
        }
    }
}
