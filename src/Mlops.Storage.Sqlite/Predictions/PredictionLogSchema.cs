using Microsoft.Data.Sqlite;
using Mlops.Storage.Relational.AbTesting;
using Mlops.Storage.Relational.Predictions;
using Mlops.Storage.Sqlite.Schema;

namespace Mlops.Storage.Sqlite.Predictions;

/// <summary>
/// The schema of the prediction log's own file, versioned apart from the tracking file's (its own <c>schema_version</c>
/// table). Version 1: the batches table as in the tracking file's migration 4, and the watermark of the batches moved
/// from the tracking file (see <see cref="LegacyBatchMove"/>). Version 2: the true labels of logged predictions
/// (<see cref="Relational.Predictions.PredictionLabels"/>). Version 3: A/B tests and the A/B columns of the batches
/// (<see cref="AbTestingSchema"/>), beside the predictions they analyse.
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
        (2, PredictionLabelsSchema.Version1("TEXT", "INTEGER")),
        (3, AbTestingSchema.Version1("TEXT", "INTEGER")),
    ];

    public static void Migrate(SqliteConnection connection, TimeProvider time) => SqliteSchema.Apply(connection, Migrations, time);
}
