using Mlops.Core.Errors;
using Mlops.Core.Registry;
using Mlops.Storage.Sqlite.Schema;

namespace Mlops.Storage.Sqlite;

/// <summary>Registered models, versions, stages, aliases and tags in a SQLite file, with MLflow 2.x semantics.</summary>
public sealed partial class SqliteModelRegistry : IModelRegistry
{
    private readonly SqliteDatabase database;
    private readonly TimeProvider time;

    public SqliteModelRegistry(SqliteDatabase database, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        this.database = database;
        time = timeProvider ?? TimeProvider.System;
    }

    public Task<RegisteredModel> CreateRegisteredModelAsync(string name, string? description = null,
        IReadOnlyDictionary<string, string>? tags = null, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw MlopsException.Invalid("Registered model name cannot be empty.");
        }
        return database.WriteAsync(async (c, tx) =>
        {
            if (await c.ScalarAsync("SELECT 1 FROM registered_models WHERE name = $name;", tx, ct, ("$name", name)) is not null)
            {
                throw MlopsException.Conflict($"Registered Model (name={name}) already exists.");
            }
            var now = Now();
            await c.ExecuteAsync(
                "INSERT INTO registered_models (name, creation_time, last_updated_time, description) VALUES ($name, $now, $now, $description);",
                tx, ct, ("$name", name), ("$now", now), ("$description", description));
            foreach (var (key, value) in tags ?? new Dictionary<string, string>())
            {
                await c.ExecuteAsync("INSERT INTO registered_model_tags (name, key, value) VALUES ($name, $key, $value);", tx, ct,
                    ("$name", name), ("$key", key), ("$value", value));
            }
            return await ReadModelAsync(c, tx, name, ct);
        }, ct);
    }

    public Task<RegisteredModel> GetRegisteredModelAsync(string name, CancellationToken ct = default) =>
        database.ReadAsync(c => ReadModelAsync(c, null, name, ct), ct);

    public Task<IReadOnlyList<RegisteredModel>> ListRegisteredModelsAsync(CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<RegisteredModel>>(async c =>
        {
            var names = await c.QueryAsync("SELECT name FROM registered_models ORDER BY name;", null, r => r.GetString(0), ct);
            var models = new List<RegisteredModel>(names.Count);
            foreach (var name in names)
            {
                models.Add(await ReadModelAsync(c, null, name, ct));
            }
            return models;
        }, ct);

    public Task UpdateRegisteredModelAsync(string name, string? description, CancellationToken ct = default) =>
        database.WriteAsync(async (c, tx) =>
        {
            var updated = await c.ExecuteAsync(
                "UPDATE registered_models SET description = $description, last_updated_time = $now WHERE name = $name;", tx, ct,
                ("$description", description), ("$now", Now()), ("$name", name));
            if (updated == 0)
            {
                throw ModelNotFound(name);
            }
        }, ct);

    public Task DeleteRegisteredModelAsync(string name, CancellationToken ct = default) =>
        database.WriteAsync(async (c, tx) =>
        {
            await RequireModelAsync(c, tx, name, ct);
            foreach (var table in new[] { "model_version_tags", "registered_model_aliases", "model_versions", "deleted_model_versions", "registered_model_tags", "registered_models" })
            {
                await c.ExecuteAsync($"DELETE FROM {table} WHERE name = $name;", tx, ct, ("$name", name));
            }
        }, ct);

    private long Now() => time.GetUtcNow().ToUnixTimeMilliseconds();

    private static MlopsException ModelNotFound(string name) =>
        MlopsException.NotFound($"Registered Model with name={name} not found");

    private static MlopsException VersionNotFound(string name, int version) =>
        MlopsException.NotFound($"Model Version (name={name}, version={version}) not found");
}
