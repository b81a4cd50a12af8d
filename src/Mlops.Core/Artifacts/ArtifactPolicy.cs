using Mlops.Core.Errors;

namespace Mlops.Core.Artifacts;

/// <summary>
/// The one place artifact locations and paths are checked: a relative path must stay inside its root after decoding,
/// normalising and following symbolic links; a location must be a supported remote URI or a local folder inside one
/// of the configured roots (any local folder when none are configured). Failures are INVALID_PARAMETER_VALUE.
/// </summary>
public sealed partial class ArtifactPolicy
{
    /// <summary>Remote schemes accepted as locations; this server never reads them from its own disk.</summary>
    public static readonly IReadOnlySet<string> RemoteSchemes =
        new HashSet<string>(["s3", "s3a", "gs", "wasbs", "abfss", "hdfs", "dbfs"], StringComparer.OrdinalIgnoreCase);

    private const int MaxSegmentBytes = 255;
    private readonly string[] roots;

    /// <param name="roots">Local folders every local location must resolve inside; none means any local folder.</param>
    public ArtifactPolicy(IEnumerable<string>? roots = null) =>
        this.roots = (roots ?? []).Select(r => RealPath(LocalFolder(r, "artifact root"))).ToArray();

    /// <summary>A policy without configured roots: paths are still confined to the root they are resolved against.</summary>
    public static ArtifactPolicy Unrestricted { get; } = new();

    /// <summary>The local roots locations must fall in, resolved (empty: unrestricted).</summary>
    public IReadOnlyList<string> Roots => roots;

    /// <summary>
    /// The segments of a relative artifact path, decoded once and checked: no '..' or '.', no absolute path, drive or
    /// scheme, no '#', '?', backslash, control character, encoded separator, double encoding or invalid (overlong) UTF-8.
    /// Null, empty, "." and "/" name the root.
    /// </summary>
    public static IReadOnlyList<string> Segments(string? path, string field = "path")
    {
        if (string.IsNullOrEmpty(path) || path is "." or "/")
        {
            return [];
        }
        var decoded = Decode(path, field);
        if (decoded.StartsWith('/'))
        {
            throw Refused(field, path, "it must be relative to the artifact root, not absolute");
        }
        var segments = decoded.Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var segment in segments)
        {
            if (segment is "." or "..")
            {
                throw Refused(field, path, "it must not contain '.' or '..' segments");
            }
            if (System.Text.Encoding.UTF8.GetByteCount(segment) > MaxSegmentBytes)
            {
                throw Refused(field, path, $"a segment is longer than {MaxSegmentBytes} bytes");
            }
        }
        if (segments.Length > 0 && segments[0].Contains(':'))
        {
            throw Refused(field, path, "it must not start with a drive or URI scheme");
        }
        return segments;
    }

    /// <summary>
    /// The absolute local path of <paramref name="relativePath"/> under <paramref name="rootFolder"/>, refused when it
    /// (or a symbolic link on the way) leads outside the root.
    /// </summary>
    public static string Resolve(string rootFolder, string? relativePath, string field = "path")
    {
        var root = Path.GetFullPath(rootFolder);
        var segments = Segments(relativePath, field);
        var full = segments.Count == 0 ? root : Path.GetFullPath(Path.Combine([root, .. segments]));
        if (!IsInside(RealPath(full), RealPath(root)))
        {
            throw Refused(field, relativePath ?? "", "it leads outside the artifact root");
        }
        return full;
    }

    /// <summary>Whether a location names a supported remote store (scheme in <see cref="RemoteSchemes"/>).</summary>
    public static bool IsRemote(string location) =>
        location.IndexOf("://", StringComparison.Ordinal) is > 0 and var end && RemoteSchemes.Contains(location[..end]);

    /// <summary>
    /// Checks a location (experiment, run or version artifact URI) and returns it unchanged when remote, or the local
    /// folder it names, resolved and inside the configured roots.
    /// </summary>
    public string RequireAllowed(string location, string field)
    {
        if (IsRemote(location))
        {
            CheckRemote(location, field);
            return location;
        }
        var folder = LocalFolder(location, field);
        if (roots.Length > 0 && !roots.Any(root => IsInside(RealPath(folder), root)))
        {
            throw Refused(field, location, "it must be inside the server's artifact root or use a supported remote scheme ("
                + string.Join(", ", RemoteSchemes.Order(StringComparer.Ordinal)) + ")");
        }
        return folder;
    }

    /// <summary>Whether <paramref name="path"/> equals <paramref name="root"/> or lies under it (both absolute).</summary>
    public static bool IsInside(string path, string root)
    {
        var trimmed = root.TrimEnd(Path.DirectorySeparatorChar);
        return path == root || path == trimmed
            || path.StartsWith(trimmed + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static void CheckRemote(string location, string field)
    {
        var decoded = Decode(location, field);
        var path = decoded[(decoded.IndexOf("://", StringComparison.Ordinal) + 3)..];
        if (path.Split('/').Any(s => s is "." or ".."))
        {
            throw Refused(field, location, "it must not contain '.' or '..' segments");
        }
    }

    private static MlopsException Refused(string field, string value, string rule) =>
        MlopsException.Invalid($"Invalid {field} {ErrorText.Quote(value, 200)}: {rule}.");

}
