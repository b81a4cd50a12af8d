using Amazon;
using Amazon.Runtime;
using Amazon.S3;

namespace Mlops.Artifacts.S3;

/// <summary>Builds the SDK client from <see cref="S3ArtifactOptions"/>.</summary>
public static class S3ClientFactory
{
    public static AmazonS3Client Create(S3ArtifactOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var config = Config(options);
        return options.Credentials is null ? new AmazonS3Client(config) : new AmazonS3Client(options.Credentials, config);
    }

    /// <summary>The client configuration: endpoint, addressing, retries and checksums that S3-compatible servers accept.</summary>
    public static AmazonS3Config Config(S3ArtifactOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            // Standard mode: exponential backoff with jitter on throttling, 5xx and connection faults, bounded by a retry quota.
            RetryMode = RequestRetryMode.Standard,
            MaxErrorRetry = options.MaxErrorRetry,
            // SDK 4 sends CRC trailers in aws-chunked bodies by default; many S3-compatible servers cannot parse them.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (options.ServiceUrl is { } url)
        {
            config.ServiceURL = url;
            config.AuthenticationRegion = options.Region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
        }
        return config;
    }
}
