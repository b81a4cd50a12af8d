using Microsoft.Data.Sqlite;

namespace Mlops.Storage.Sqlite.Predictions;

/// <summary>
/// The schema of the prediction log's own file, versioned apart from the tracking file's (its own <c>schema_version</c>
/// table). Version 1: the batches table as in the tracking file's migration 4, and the watermark of the batches moved
/// from the tracking file (see <see cref="LegacyBatchMove"/>).
/// </summary>
internal static class PredictionLogSchema
{
    private static readonly IReadOnlyList<(int Version, string Sql)> Migrations =
    [
        (1, """
            CREATE TABLE prediction_batches (
                batch_seq INTEGER PRIMARY KEY AUTOINCREMENT,
                model_name TEXT,
                model_version INTEGER,
                model_uri TEXT NOT NULL,
                first_time INTEGER NOT NULL,
                last_time INTEGER NOT NULL,
                row_count INTEGER NOT NULL,
                payload BLOB NOT NULL);
            CREATE INDEX ix_prediction_batches_model ON prediction_batches (model_name, model_version, batch_seq);
            CREATE INDEX ix_prediction_batches_time ON prediction_batches (last_time);
            CREATE TABLE moved_from_tracking (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                last_batch_seq INTEGER NOT NULL);
            """),
    ];

    public static int LatestVersion => Migrations[^1].Version;

    public static void Migrate(SqliteConnection connection)
    {
        // BEGIN IMMEDIATE: two processes opening a new file at once serialise here; the second sees the first's tables.
        using var transaction = connection.BeginTransaction(deferred: false);
        Execute(connection, transaction,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL);");
        using var current = connection.CreateCommand();
        current.Transaction = transaction;
        current.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        var version = Convert.ToInt32(current.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (next, sql) in Migrations.Where(m => m.Version > version))
        {
            Execute(connection, transaction, sql);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES ($version, $at);";
            record.Parameters.AddWithValue("$version", next);
            record.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            record.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
