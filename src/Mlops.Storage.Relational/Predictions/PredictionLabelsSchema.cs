namespace Mlops.Storage.Relational.Predictions;

/// <summary>
/// The <c>prediction_labels</c> table both backends create (SQLite's prediction-log schema version 2, PostgreSQL's
/// migration 5), written once with the backend's column types. Frozen once shipped: a change is a new migration.
/// </summary>
public static class PredictionLabelsSchema
{
    /// <summary>The DDL with <paramref name="text"/> for ids and names and <paramref name="int64"/> for sequences and times.</summary>
    public static string Version1(string text, string int64) => $"""
        CREATE TABLE prediction_labels (
            prediction_id {text} PRIMARY KEY,
            batch_seq {int64} NOT NULL,
            model_name {text},
            model_version INTEGER,
            predicted_at {int64} NOT NULL,
            label TEXT NOT NULL,
            observed_at {int64},
            received_at {int64} NOT NULL,
            updated_at {int64} NOT NULL);
        CREATE INDEX ix_prediction_labels_model ON prediction_labels (model_name, model_version, predicted_at);
        CREATE INDEX ix_prediction_labels_batch ON prediction_labels (batch_seq);
        """;
}
