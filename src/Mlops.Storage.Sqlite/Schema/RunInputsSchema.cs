namespace Mlops.Storage.Sqlite.Schema;

/// <summary>
/// Dataset inputs of runs (MLflow's log-inputs): one row per run and dataset, input tags as a JSON object. Created
/// idempotently on first use rather than as a numbered migration, so existing files and the schema version stay as
/// they are; fold it into the next migration when the schema next changes.
/// </summary>
internal static class RunInputsSchema
{
    public const string Sql = """
        CREATE TABLE IF NOT EXISTS run_inputs (
            run_id TEXT NOT NULL,
            name TEXT NOT NULL,
            digest TEXT NOT NULL,
            source_type TEXT NOT NULL,
            source TEXT NOT NULL,
            schema TEXT,
            profile TEXT,
            tags_json TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (run_id, name, digest));
        """;
}
