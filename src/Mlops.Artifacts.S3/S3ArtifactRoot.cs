using Mlops.Core.Artifacts;
using Mlops.Core.Errors;

namespace Mlops.Artifacts.S3;

/// <summary>An <c>s3://bucket/prefix</c> root: the bucket and the key prefix (no leading or trailing '/').</summary>
public readonly record struct S3ArtifactRoot(string Bucket, string Prefix)
{
    public const string Scheme = "s3";

    /// <summary>Whether a root URI is one this store serves (<c>s3://</c>, also Hadoop's <c>s3a://</c>).</summary>
    public static bool Is(string rootUri) =>
        rootUri.StartsWith("s3://", StringComparison.OrdinalIgnoreCase) || rootUri.StartsWith("s3a://", StringComparison.OrdinalIgnoreCase);

    public static S3ArtifactRoot Parse(string rootUri)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootUri);
        if (!Is(rootUri))
        {
            throw MlopsException.Invalid($"Artifact root '{rootUri}' is not an s3://bucket/prefix URI.");
        }
        var rest = rootUri[(rootUri.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var slash = rest.IndexOf('/');
        var bucket = slash < 0 ? rest : rest[..slash];
        if (bucket.Length is < 3 or > 63 || !bucket.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '.'))
        {
            throw MlopsException.Invalid(
                $"Artifact root '{rootUri}': bucket '{bucket}' must be 3-63 characters of lower-case letters, digits, '-' and '.'.");
        }
        var prefix = slash < 0 ? "" : string.Join('/', ArtifactPolicy.Segments(rest[(slash + 1)..], $"prefix of artifact root {rootUri}"));
        return new S3ArtifactRoot(bucket, prefix);
    }

    /// <summary>The object key of a checked relative path ('' and null name the root itself).</summary>
    public string KeyOf(string? relativePath)
    {
        var relative = Relative(relativePath);
        return Prefix.Length == 0 ? relative : relative.Length == 0 ? Prefix : $"{Prefix}/{relative}";
    }

    /// <summary>A relative path checked by <see cref="ArtifactPolicy.Segments"/> and joined with '/'.</summary>
    public static string Relative(string? relativePath) => string.Join('/', ArtifactPolicy.Segments(relativePath));

    /// <summary>The key prefix every object under <paramref name="relativePath"/> starts with (ends in '/', or '' at a bucket's top).</summary>
    public string FolderPrefix(string? relativePath)
    {
        var key = KeyOf(relativePath);
        return key.Length == 0 ? "" : key + "/";
    }

    /// <summary>A key under this root as a path relative to it.</summary>
    public string RelativeOf(string key) => Prefix.Length == 0 ? key : key[(Prefix.Length + 1)..];

    public override string ToString() => Prefix.Length == 0 ? $"s3://{Bucket}" : $"s3://{Bucket}/{Prefix}";
}
