namespace Mlops.Storage.Relational.AbTesting;

/// <summary>
/// The A/B tables both backends create (SQLite's prediction-log schema version 3, PostgreSQL's migration 6), beside the
/// prediction log they analyse: <c>ab_tests</c> with its audit trail, and the batch-level A/B columns of
/// <c>prediction_batches</c> (old batches read as outside any test), and an index on the labels' prediction time, by which
/// a shadow row finds the label of its id. At most one running test per model is a partial
/// unique index, so two processes starting tests at once cannot both win. Frozen once shipped: a change is a new migration.
/// </summary>
public static class AbTestingSchema
{
    /// <summary>The DDL with <paramref name="text"/> for ids and names and <paramref name="int64"/> for sequences and times.</summary>
    public static string Version1(string text, string int64) => $"""
        CREATE TABLE ab_tests (
            id {text} PRIMARY KEY,
            name {text} NOT NULL UNIQUE,
            model_name {text} NOT NULL,
            status TEXT NOT NULL,
            definition TEXT NOT NULL,
            started_at {int64} NOT NULL,
            stopped_at {int64},
            conclusion TEXT);
        CREATE UNIQUE INDEX ux_ab_tests_running_model ON ab_tests (model_name) WHERE status = 'Running';
        CREATE INDEX ix_ab_tests_model ON ab_tests (model_name, started_at);
        CREATE TABLE ab_test_audit (
            test_id {text} NOT NULL REFERENCES ab_tests (id),
            seq {int64} NOT NULL,
            time {int64} NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL,
            PRIMARY KEY (test_id, seq));
        ALTER TABLE prediction_batches ADD COLUMN ab_test_id {text};
        ALTER TABLE prediction_batches ADD COLUMN ab_variant {text};
        ALTER TABLE prediction_batches ADD COLUMN ab_shadow INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX ix_prediction_batches_ab_test ON prediction_batches (ab_test_id, batch_seq) WHERE ab_test_id IS NOT NULL;
        CREATE INDEX ix_prediction_batches_shadow ON prediction_batches (batch_seq) WHERE ab_shadow = 1;
        CREATE INDEX ix_prediction_labels_time ON prediction_labels (predicted_at);
        """;
}
