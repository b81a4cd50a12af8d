using Mlops.Core.Errors;
using Mlops.Core.Registry;

namespace Mlops.Storage.Relational.Registry;

public abstract partial class RelationalModelRegistry
{
    // Parent first: where the backend's foreign keys cascade the update (PostgreSQL), the later statements find nothing.
    private static readonly string[] NamedTables =
        ["registered_models", "model_versions", "model_version_tags", "registered_model_aliases", "registered_model_tags", "deleted_model_versions",
         "registered_model_alias_moves"];

    /// <summary>As MLflow: versions keep their numbers and get a new last-updated time; tags and aliases follow the name.</summary>
    public Task<RegisteredModel> RenameRegisteredModelAsync(string name, string newName, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(newName))
        {
            throw MlopsException.Invalid("Missing value for required parameter 'new_name'.");
        }
        return database.WriteAsync(async s =>
        {
            await RequireModelAsync(s, name, ct);
            if (newName == name)
            {
                return await ReadModelAsync(s, name, ct);
            }
            if (await s.ScalarAsync("SELECT 1 FROM registered_models WHERE name = @name;", ct, ("@name", newName)) is not null)
            {
                throw MlopsException.Conflict($"Registered Model (name={newName}) already exists.");
            }
            foreach (var table in NamedTables)
            {
                await s.ExecuteAsync($"UPDATE {table} SET name = @new WHERE name = @old;", ct, ("@new", newName), ("@old", name));
            }
            var now = Now();
            await s.ExecuteAsync("UPDATE registered_models SET last_updated_time = @now WHERE name = @name;", ct,
                ("@now", now), ("@name", newName));
            await s.ExecuteAsync("UPDATE model_versions SET last_updated_time = @now WHERE name = @name;", ct,
                ("@now", now), ("@name", newName));
            return await ReadModelAsync(s, newName, ct);
        }, ct);
    }
}
