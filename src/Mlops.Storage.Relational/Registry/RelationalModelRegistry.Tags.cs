using Mlops.Core.Registry;
using Mlops.Core.Validation;

namespace Mlops.Storage.Relational.Registry;

public abstract partial class RelationalModelRegistry
{
    // Deleted versions count too: a number is never given out twice.
    private const string NextVersionSql = """
        SELECT COALESCE(MAX(version), 0) + 1 FROM (
            SELECT version FROM model_versions WHERE name = @name
            UNION ALL SELECT version FROM deleted_model_versions WHERE name = @name) v;
        """;

    public Task SetRegisteredModelTagAsync(string name, string key, string value, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        EntityLimits.RegisteredModelTag(key, value);
        return database.WriteAsync(async s =>
        {
            await RequireModelAsync(s, name, ct);
            await s.ExecuteAsync(
                """
                INSERT INTO registered_model_tags (name, key, value) VALUES (@name, @key, @value)
                ON CONFLICT (name, key) DO UPDATE SET value = excluded.value;
                """, ct, ("@name", name), ("@key", key), ("@value", value));
        }, ct);
    }

    public Task DeleteRegisteredModelTagAsync(string name, string key, CancellationToken ct = default)
    {
        EntityLimits.Key("tag", key);
        return database.WriteAsync(async s =>
        {
            await RequireModelAsync(s, name, ct);
            await s.ExecuteAsync("DELETE FROM registered_model_tags WHERE name = @name AND key = @key;", ct, ("@name", name), ("@key", key));
        }, ct);
    }

    public Task DeleteModelVersionAsync(string name, int version, CancellationToken ct = default) =>
        database.WriteAsync(async s =>
        {
            await ReadVersionAsync(s, name, version, ct);
            var aliases = await s.QueryAsync("SELECT alias FROM registered_model_aliases WHERE name = @name AND version = @version ORDER BY alias;",
                r => r.GetString(0), ct, ("@name", name), ("@version", version));
            foreach (var alias in aliases)
            {
                await RecordMoveAsync(s, name, alias, version, null, new AliasChangeNote("registry", $"version {version} deleted"), ct);
            }
            foreach (var table in new[] { "model_version_tags", "registered_model_aliases", "model_versions" })
            {
                await s.ExecuteAsync($"DELETE FROM {table} WHERE name = @name AND version = @version;", ct,
                    ("@name", name), ("@version", version));
            }
            await s.ExecuteAsync("INSERT INTO deleted_model_versions (name, version) VALUES (@name, @version) ON CONFLICT DO NOTHING;",
                ct, ("@name", name), ("@version", version));
            await s.ExecuteAsync("UPDATE registered_models SET last_updated_time = @now WHERE name = @name;", ct,
                ("@now", Now()), ("@name", name));
        }, ct);
}
