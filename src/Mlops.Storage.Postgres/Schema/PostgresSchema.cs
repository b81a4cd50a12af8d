using Npgsql;

namespace Mlops.Storage.Postgres.Schema;

/// <summary>
/// Creates and upgrades the schema. Each migration runs once, keyed by its version in <c>schema_version</c>; all pending
/// migrations run in one transaction under a transaction-scoped advisory lock, so processes that open a fresh database at
/// the same time wait for each other and the later ones find the work done.
/// </summary>
internal static class PostgresSchema
{
    // Arbitrary but fixed: every process migrating an Mlops database takes the same lock.
    private const long MigrationLockKey = 0x4D4C4F5053_01;

    // To add a table, append (N, MigrationN.Sql); never edit an applied migration.
    private static readonly IReadOnlyList<(int Version, string Sql)> Migrations =
    [
        (1, Migration1.Sql),
        (2, Migration2.Sql),
        (3, Migration3.Sql),
        (4, Migration4.Sql),
        (5, Migration5.Sql),
        (6, Migration6.Sql),
        (7, Migration7.Sql),
        (8, Migration8.Sql),
    ];

    public static int LatestVersion => Migrations[^1].Version;

    public static void Migrate(NpgsqlDataSource dataSource, TimeProvider time)
    {
        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        SchemaMigrations.Execute(connection, transaction, "SELECT pg_advisory_xact_lock(@key);", ("@key", MigrationLockKey));
        SchemaMigrations.ApplyPending(connection, transaction, Migrations, "BIGINT", time);
        transaction.Commit();
    }

    public static int CurrentVersion(NpgsqlConnection connection) => SchemaMigrations.CurrentVersion(connection);
}
