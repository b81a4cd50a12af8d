using Microsoft.Data.Sqlite;

namespace Mlops.Storage.Sqlite.Schema;

/// <summary>Creates and upgrades the schema; each migration runs once, keyed by its version in <c>schema_version</c>.</summary>
internal static class SqliteSchema
{
    private static readonly IReadOnlyList<(int Version, string Sql)> Migrations =
    [
        (1, Migration1.Sql),
        (2, Migration2.Sql),
        (3, Migration3.Sql),
        (4, Migration4.Sql),
        (5, Migration5.Sql),
        (6, Migration6.Sql),
        (7, Migration7.Sql),
    ];

    public static int LatestVersion => Migrations[^1].Version;

    public static void Migrate(SqliteConnection connection, TimeProvider time)
    {
        // journal_mode cannot change inside a transaction; WAL is then a property of the file for every later connection.
        SchemaMigrations.Execute(connection, null, "PRAGMA journal_mode = WAL;");
        Apply(connection, Migrations, time);
        // A file written without statistics (or by another version) gets them now, if SQLite thinks it needs them.
        SchemaMigrations.Execute(connection, null, "PRAGMA analysis_limit = 1000; PRAGMA optimize = 0x10002;");
    }

    /// <summary>
    /// Runs the migrations newer than the file's <c>schema_version</c> table records, and records them, in one
    /// transaction. BEGIN IMMEDIATE serialises processes that open a fresh file at the same time: the second one sees
    /// the first's work.
    /// </summary>
    public static void Apply(SqliteConnection connection, IReadOnlyList<(int Version, string Sql)> migrations, TimeProvider time)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        SchemaMigrations.ApplyPending(connection, transaction, migrations, "INTEGER", time);
        transaction.Commit();
    }

    /// <summary>Refreshes the planner's statistics, sampling at most about a thousand rows per index.</summary>
    public static void Analyze(SqliteConnection connection) =>
        SchemaMigrations.Execute(connection, null, "PRAGMA analysis_limit = 1000; ANALYZE;");

    public static int CurrentVersion(SqliteConnection connection) => SchemaMigrations.CurrentVersion(connection);
}
