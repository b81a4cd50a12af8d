namespace Mlops.Storage.ContractTests.Postgres;

/// <summary>
/// Where the PostgreSQL server binaries are (env <c>MLOPS_POSTGRES_BIN</c>, else the newest /usr/lib/postgresql/*/bin),
/// and whether their absence skips the tests or, with <c>MLOPS_REQUIRE_POSTGRES=1</c> (set by CI), fails them.
/// </summary>
public static class PostgresBinaries
{
    public const string RequireVariable = "MLOPS_REQUIRE_POSTGRES";

    public const string BinVariable = "MLOPS_POSTGRES_BIN";

    public static string? Directory { get; } = Find();

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Why a throwaway server cannot be started here, or null when it can.</summary>
    public static string? Unavailable { get; } = Directory is null
        ? $"PostgreSQL server binaries (initdb, pg_ctl) not found in ${BinVariable} or /usr/lib/postgresql/*/bin; " +
          "install postgresql-15 to run these tests"
        : IsRoot && !File.Exists("/usr/sbin/runuser") && !File.Exists("/sbin/runuser")
            ? "running as root, but runuser (needed to start PostgreSQL as user postgres) is missing"
            : null;

    /// <summary>The reason to skip, unless CI requires PostgreSQL (then the fixture fails with <see cref="Unavailable"/>).</summary>
    public static string? SkipReason => Required ? null : Unavailable;

    /// <summary>PostgreSQL refuses to run as root, so a root test process starts it as the postgres user.</summary>
    public static bool IsRoot => Environment.UserName == "root";

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(BinVariable);
        var candidates = !string.IsNullOrEmpty(configured)
            ? [configured]
            : System.IO.Directory.Exists("/usr/lib/postgresql")
                ? System.IO.Directory.GetDirectories("/usr/lib/postgresql")
                    .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                    .Select(d => Path.Combine(d, "bin")).ToArray()
                : [];
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }
}
