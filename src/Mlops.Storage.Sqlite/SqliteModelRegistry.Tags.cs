using Mlops.Core.Errors;
using Mlops.Storage.Sqlite.Schema;

namespace Mlops.Storage.Sqlite;

public sealed partial class SqliteModelRegistry
{
    // Deleted versions count too: a number is never given out twice.
    private const string NextVersionSql = """
        SELECT COALESCE(MAX(version), 0) + 1 FROM (
            SELECT version FROM model_versions WHERE name = $name
            UNION ALL SELECT version FROM deleted_model_versions WHERE name = $name);
        """;

    public Task SetRegisteredModelTagAsync(string name, string key, string value, CancellationToken ct = default)
    {
        ValidateTagKey(key);
        ArgumentNullException.ThrowIfNull(value);
        return database.WriteAsync(async (c, tx) =>
        {
            await RequireModelAsync(c, tx, name, ct);
            await c.ExecuteAsync(
                """
                INSERT INTO registered_model_tags (name, key, value) VALUES ($name, $key, $value)
                ON CONFLICT (name, key) DO UPDATE SET value = excluded.value;
                """, tx, ct, ("$name", name), ("$key", key), ("$value", value));
        }, ct);
    }

    public Task DeleteRegisteredModelTagAsync(string name, string key, CancellationToken ct = default)
    {
        ValidateTagKey(key);
        return database.WriteAsync(async (c, tx) =>
        {
            await RequireModelAsync(c, tx, name, ct);
            await c.ExecuteAsync("DELETE FROM registered_model_tags WHERE name = $name AND key = $key;", tx, ct, ("$name", name), ("$key", key));
        }, ct);
    }

    public Task DeleteModelVersionAsync(string name, int version, CancellationToken ct = default) =>
        database.WriteAsync(async (c, tx) =>
        {
            await ReadVersionAsync(c, tx, name, version, ct);
            foreach (var table in new[] { "model_version_tags", "registered_model_aliases", "model_versions" })
            {
                await c.ExecuteAsync($"DELETE FROM {table} WHERE name = $name AND version = $version;", tx, ct,
                    ("$name", name), ("$version", version));
            }
            await c.ExecuteAsync("INSERT OR IGNORE INTO deleted_model_versions (name, version) VALUES ($name, $version);", tx, ct,
                ("$name", name), ("$version", version));
            await c.ExecuteAsync("UPDATE registered_models SET last_updated_time = $now WHERE name = $name;", tx, ct,
                ("$now", Now()), ("$name", name));
        }, ct);

    private static void ValidateTagKey(string key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw MlopsException.Invalid($"Invalid tag name: '{key}'. A tag key must be a non-empty string.");
        }
    }
}
