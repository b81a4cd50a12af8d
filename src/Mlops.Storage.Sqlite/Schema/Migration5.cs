namespace Mlops.Storage.Sqlite.Schema;

/// <summary>
/// Tracking/registry migration (h-track): numbers of deleted model versions, so a model never hands a version number
/// out twice (MLflow keeps deleted versions internally for the same reason). Deleting the registered model clears them.
/// </summary>
internal static class Migration5
{
    public const string Sql = """
        CREATE TABLE deleted_model_versions (
            name TEXT NOT NULL,
            version INTEGER NOT NULL,
            PRIMARY KEY (name, version)) WITHOUT ROWID;
        """;
}
