namespace Mlops.Storage.Postgres.Schema;

/// <summary>
/// The true labels of logged predictions, as in the SQLite prediction log's schema version 2: one row per labelled
/// prediction with its batch, model and time (see <see cref="Relational.Predictions.PredictionLabels"/>).
/// </summary>
internal static class Migration5
{
    public const string Sql = """
        CREATE TABLE prediction_labels (
            prediction_id TEXT COLLATE "C" PRIMARY KEY,
            batch_seq BIGINT NOT NULL,
            model_name TEXT COLLATE "C",
            model_version INTEGER,
            predicted_at BIGINT NOT NULL,
            label TEXT NOT NULL,
            observed_at BIGINT,
            received_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL);
        CREATE INDEX ix_prediction_labels_model ON prediction_labels (model_name, model_version, predicted_at);
        """;
}
