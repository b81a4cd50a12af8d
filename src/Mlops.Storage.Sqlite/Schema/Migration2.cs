namespace Mlops.Storage.Sqlite.Schema;

/// <summary>The prediction log written by serving; <c>seq</c> gives a stable order and cheap keyset paging.</summary>
internal static class Migration2
{
    public const string Sql = """
        CREATE TABLE predictions (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            prediction_id TEXT NOT NULL UNIQUE,
            timestamp INTEGER NOT NULL,
            model_name TEXT,
            model_version INTEGER,
            model_uri TEXT NOT NULL,
            inputs TEXT NOT NULL,
            prediction TEXT NOT NULL,
            confidence REAL NOT NULL,
            probabilities TEXT NOT NULL,
            latency_ms REAL NOT NULL);
        CREATE INDEX ix_predictions_model ON predictions (model_name, model_version, seq);
        CREATE INDEX ix_predictions_time ON predictions (timestamp);
        """;
}
