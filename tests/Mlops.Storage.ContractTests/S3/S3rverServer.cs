namespace Mlops.Storage.ContractTests.S3;

/// <summary>
/// Where the npm <c>s3rver</c> (tests/npm-s3rver, pinned by its package-lock.json; .ci/run runs <c>npm ci</c> there) and
/// <c>node</c> are, and whether their absence skips the S3 tests or, with <c>MLOPS_REQUIRE_S3RVER=1</c> (set by CI),
/// fails them.
/// </summary>
public static class S3rverServer
{
    public const string RequireVariable = "MLOPS_REQUIRE_S3RVER";

    /// <summary>s3rver's built-in key pair: it checks signatures against it.</summary>
    public const string AccessKey = "S3RVER";

    public const string SecretKey = "S3RVER";

    public static string? Script { get; } = FindScript();

    public static string? Node { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, "node"))
        .FirstOrDefault(File.Exists);

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Why s3rver cannot be started here, or null when it can.</summary>
    public static string? Unavailable { get; } = Node is null
        ? "node is not on PATH (install nodejs and npm, then `npm ci` in tests/npm-s3rver)"
        : Script is null
            ? "the npm package s3rver is not installed: run `npm ci` in tests/npm-s3rver"
            : null;

    /// <summary>The reason to skip, unless CI requires s3rver (then the fixture fails with <see cref="Unavailable"/>).</summary>
    public static string? SkipReason => Required ? null : Unavailable;

    private static string? FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "npm-s3rver", "node_modules", "s3rver", "bin", "s3rver.js");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
