namespace Mlops.Storage.Relational.Features;

/// <summary>
/// The feature set tables both backends create (SQLite's migration 7, PostgreSQL's migration 8): one row per version,
/// one per column of it with its statistics, one per model version trained on it. <c>identity_hash</c> (transform hash,
/// source data hash and columns) makes an unchanged rematerialization the same version. Frozen once shipped.
/// </summary>
public static class FeatureSetsSchema
{
    /// <summary>The DDL with <paramref name="text"/> for names, <paramref name="int64"/> for counts and times, <paramref name="real"/> for statistics.</summary>
    public static string Version1(string text, string int64, string real) => $"""
        CREATE TABLE feature_set_versions (
            name {text} NOT NULL,
            version INTEGER NOT NULL,
            identity_hash TEXT NOT NULL,
            transform_hash TEXT NOT NULL,
            source_data_hash TEXT NOT NULL,
            train_rows {int64} NOT NULL,
            test_rows {int64} NOT NULL,
            created_at {int64} NOT NULL,
            run_id TEXT,
            PRIMARY KEY (name, version),
            UNIQUE (name, identity_hash));
        CREATE TABLE feature_set_columns (
            name {text} NOT NULL,
            version INTEGER NOT NULL,
            position INTEGER NOT NULL,
            column_name TEXT NOT NULL,
            kind TEXT NOT NULL,
            value_count {int64} NOT NULL,
            nan_count {int64} NOT NULL,
            min_value {real},
            max_value {real},
            mean_value {real},
            std_value {real},
            ones_share {real},
            percentiles TEXT NOT NULL,
            PRIMARY KEY (name, version, position));
        CREATE TABLE feature_set_models (
            name {text} NOT NULL,
            version INTEGER NOT NULL,
            model_name {text} NOT NULL,
            model_version INTEGER NOT NULL,
            PRIMARY KEY (name, version, model_name, model_version));
        """;
}
