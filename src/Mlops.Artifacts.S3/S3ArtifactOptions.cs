using Amazon.Runtime;

namespace Mlops.Artifacts.S3;

/// <summary>
/// Where and how <see cref="S3ArtifactStore"/> talks to S3. Without <see cref="ServiceUrl"/> it is AWS S3 in
/// <see cref="Region"/>; with one, any S3-compatible server, addressed path-style by default.
/// </summary>
public sealed record S3ArtifactOptions
{
    /// <summary>Files of at least this size go up as a multipart upload (16 MiB, twice boto3's 8 MiB default).</summary>
    public const long DefaultMultipartThreshold = 16L * 1024 * 1024;

    /// <summary>The size of each part but the last (8 MiB; S3 requires at least 5 MiB).</summary>
    public const long DefaultPartSize = 8L * 1024 * 1024;

    /// <summary>An S3-compatible endpoint such as <c>http://127.0.0.1:9000</c>; null: AWS S3.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>Region for signing (AWS S3: also the endpoint). Default us-east-1.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary><c>http://host/bucket/key</c> instead of <c>http://bucket.host/key</c>: what S3-compatible servers expect.</summary>
    public bool ForcePathStyle { get; init; }

    public long MultipartThreshold { get; init; } = DefaultMultipartThreshold;

    public long PartSize { get; init; } = DefaultPartSize;

    /// <summary>Retries after the first attempt, in the SDK's standard retry mode (exponential backoff with jitter).</summary>
    public int MaxErrorRetry { get; init; } = 4;

    /// <summary>Explicit credentials; null: the SDK's default chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, …).</summary>
    public AWSCredentials? Credentials { get; init; }

    /// <summary>
    /// A folder where downloaded folders (model packages) are kept by content hash and reused while unchanged; null: none.
    /// </summary>
    public string? CacheFolder { get; init; }

    /// <summary>
    /// The endpoint from <c>MLOPS_S3_ENDPOINT_URL</c>, else MLflow's <c>MLFLOW_S3_ENDPOINT_URL</c>; the region from
    /// <c>AWS_REGION</c>, else <c>AWS_DEFAULT_REGION</c>; path-style whenever an endpoint is set, unless
    /// <c>MLOPS_S3_FORCE_PATH_STYLE=false</c>.
    /// </summary>
    public static S3ArtifactOptions FromEnvironment(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string? Get(string name) => environment(name) is { Length: > 0 } value ? value.Trim() : null;
        var endpoint = Get("MLOPS_S3_ENDPOINT_URL") ?? Get("MLFLOW_S3_ENDPOINT_URL");
        var pathStyle = Get("MLOPS_S3_FORCE_PATH_STYLE");
        return new S3ArtifactOptions
        {
            ServiceUrl = endpoint,
            Region = Get("AWS_REGION") ?? Get("AWS_DEFAULT_REGION") ?? "us-east-1",
            ForcePathStyle = pathStyle is null ? endpoint is not null : pathStyle.Equals("true", StringComparison.OrdinalIgnoreCase) || pathStyle == "1",
        };
    }
}
