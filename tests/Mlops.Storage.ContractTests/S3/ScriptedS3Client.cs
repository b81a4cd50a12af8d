using Amazon.S3;
using Amazon.S3.Model;
using Mlops.Artifacts.S3;

namespace Mlops.Storage.ContractTests.S3;

/// <summary>The real SDK client against s3rver, counting calls and failing the upload of one part on request.</summary>
internal sealed class ScriptedS3Client(S3ArtifactOptions options)
    : AmazonS3Client(options.Credentials, S3ClientFactory.Config(options))
{
    /// <summary>The part number whose upload throws (as a dropped connection would); 0: none.</summary>
    public int FailPart { get; init; }

    /// <summary>The abort call throws too, as when the process dies mid-upload and never sends one.</summary>
    public bool FailAbort { get; init; }

    /// <summary>Cancelled just before part <see cref="CancelAtPart"/> is sent (the caller passes its token); 0: never.</summary>
    public CancellationTokenSource? Cancellation { get; init; }

    public int CancelAtPart { get; init; }

    public int PartsUploaded { get; private set; }

    public int Aborts { get; private set; }

    public int Completes { get; private set; }

    public int Gets { get; private set; }

    public override Task<UploadPartResponse> UploadPartAsync(UploadPartRequest request, CancellationToken cancellationToken = default)
    {
        if (request.PartNumber == FailPart)
        {
            throw new HttpRequestException($"connection reset while sending part {FailPart} (simulated)");
        }
        if (request.PartNumber == CancelAtPart)
        {
            Cancellation?.Cancel();
        }
        PartsUploaded++;
        return base.UploadPartAsync(request, cancellationToken);
    }

    public override Task<AbortMultipartUploadResponse> AbortMultipartUploadAsync(AbortMultipartUploadRequest request, CancellationToken cancellationToken = default)
    {
        Aborts++;
        if (FailAbort)
        {
            throw new HttpRequestException("the process died before it could abort (simulated)");
        }
        return base.AbortMultipartUploadAsync(request, cancellationToken);
    }

    public override Task<CompleteMultipartUploadResponse> CompleteMultipartUploadAsync(CompleteMultipartUploadRequest request, CancellationToken cancellationToken = default)
    {
        Completes++;
        return base.CompleteMultipartUploadAsync(request, cancellationToken);
    }

    public override Task<GetObjectResponse> GetObjectAsync(GetObjectRequest request, CancellationToken cancellationToken = default)
    {
        Gets++;
        return base.GetObjectAsync(request, cancellationToken);
    }
}
