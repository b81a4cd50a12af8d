namespace Mlops.Storage.Postgres.Schema;

/// <summary>
/// Tracking/registry migration (h-track; SQLite's Migration5): numbers of deleted model versions, so a model never
/// hands a version number out twice. Deleting the registered model clears them through the cascade.
/// </summary>
internal static class Migration3
{
    public const string Sql = """
        CREATE TABLE deleted_model_versions (
            name TEXT COLLATE "C" NOT NULL REFERENCES registered_models ON DELETE CASCADE,
            version INTEGER NOT NULL,
            PRIMARY KEY (name, version));
        """;
}
