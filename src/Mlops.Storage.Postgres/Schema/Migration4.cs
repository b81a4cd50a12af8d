namespace Mlops.Storage.Postgres.Schema;

/// <summary>
/// Registry foreign keys cascade a rename as well as a delete (MLflow's schema declares <c>onupdate="cascade"</c>), so
/// renaming a registered model is one UPDATE of its row. The constraint names are PostgreSQL's defaults from Migration1/3.
/// </summary>
internal static class Migration4
{
    public const string Sql = """
        ALTER TABLE registered_model_tags DROP CONSTRAINT registered_model_tags_name_fkey,
            ADD CONSTRAINT registered_model_tags_name_fkey FOREIGN KEY (name) REFERENCES registered_models
            ON DELETE CASCADE ON UPDATE CASCADE;
        ALTER TABLE model_versions DROP CONSTRAINT model_versions_name_fkey,
            ADD CONSTRAINT model_versions_name_fkey FOREIGN KEY (name) REFERENCES registered_models
            ON DELETE CASCADE ON UPDATE CASCADE;
        ALTER TABLE model_version_tags DROP CONSTRAINT model_version_tags_name_version_fkey,
            ADD CONSTRAINT model_version_tags_name_version_fkey FOREIGN KEY (name, version) REFERENCES model_versions
            ON DELETE CASCADE ON UPDATE CASCADE;
        ALTER TABLE registered_model_aliases DROP CONSTRAINT registered_model_aliases_name_version_fkey,
            ADD CONSTRAINT registered_model_aliases_name_version_fkey FOREIGN KEY (name, version) REFERENCES model_versions
            ON DELETE CASCADE ON UPDATE CASCADE;
        ALTER TABLE deleted_model_versions DROP CONSTRAINT deleted_model_versions_name_fkey,
            ADD CONSTRAINT deleted_model_versions_name_fkey FOREIGN KEY (name) REFERENCES registered_models
            ON DELETE CASCADE ON UPDATE CASCADE;
        """;
}
