namespace Mlops.Storage.Sqlite.Schema;

/// <summary>
/// The prediction log as one row per append: a server logging 25k predictions/s spent more on SQLite's per-row work
/// (ten bound values, three index entries) and on formatting each row's JSON than on scoring. A row now holds a
/// batch's predictions in <see cref="Relational.Predictions.PredictionBatchCodec"/>'s columnar payload, with the model and
/// the time span as indexed columns. Rows of schema version 2 move over as one-row appends whose payload is a JSON
/// object of the old columns (read by <see cref="Predictions.SqlitePredictionLog"/>), oldest first, so their order
/// and every field survive.
/// </summary>
internal static class Migration4
{
    public const string Sql = """
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
        INSERT INTO prediction_batches (model_name, model_version, model_uri, first_time, last_time, row_count, payload)
            SELECT model_name, model_version, model_uri, timestamp, timestamp, 1,
                CAST(json_object('id', prediction_id, 'timestamp', timestamp, 'inputs', inputs, 'prediction', prediction,
                    'confidence', confidence, 'probabilities', probabilities, 'latency_ms', latency_ms) AS BLOB)
            FROM predictions ORDER BY seq;
        DROP TABLE predictions;
        """;
}
