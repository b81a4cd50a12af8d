using Mlops.Core.Errors;
using Mlops.Core.Registry;
using Mlops.Storage.Postgres.Schema;

namespace Mlops.Storage.Postgres;

/// <summary>
/// Registered models, versions, stages, aliases and tags in PostgreSQL, with MLflow 2.x semantics and the same behaviour
/// and messages as the SQLite backend. Version numbers are allocated under a row lock on the registered model.
/// </summary>
public sealed partial class PostgresModelRegistry : IModelRegistry
{
    private readonly PostgresDatabase database;
    private readonly TimeProvider time;

    public PostgresModelRegistry(PostgresDatabase database, TimeProvider? timeProvider = null)
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
            var now = Now();
            var inserted = await c.ExecuteAsync(
                """
                INSERT INTO registered_models (name, creation_time, last_updated_time, description) VALUES (@name, @now, @now, @description)
                ON CONFLICT (name) DO NOTHING;
                """, tx, ct, ("name", name), ("now", now), ("description", description));
            if (inserted == 0)
            {
                throw MlopsException.Conflict($"Registered Model (name={name}) already exists.");
            }
            foreach (var (key, value) in tags ?? new Dictionary<string, string>())
            {
                await c.ExecuteAsync("INSERT INTO registered_model_tags (name, key, value) VALUES (@name, @key, @value);", tx, ct,
                    ("name", name), ("key", key), ("value", value));
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
                "UPDATE registered_models SET description = @description, last_updated_time = @now WHERE name = @name;", tx, ct,
                ("description", description), ("now", Now()), ("name", name));
            if (updated == 0)
            {
                throw ModelNotFound(name);
            }
        }, ct);

    /// <summary>Versions, their tags and the model's aliases and tags go with it (foreign keys cascade).</summary>
    public Task DeleteRegisteredModelAsync(string name, CancellationToken ct = default) =>
        database.WriteAsync(async (c, tx) =>
        {
            if (await c.ExecuteAsync("DELETE FROM registered_models WHERE name = @name;", tx, ct, ("name", name)) == 0)
            {
                throw ModelNotFound(name);
            }
        }, ct);

    private long Now() => time.GetUtcNow().ToUnixTimeMilliseconds();

    private static MlopsException ModelNotFound(string name) =>
        MlopsException.NotFound($"Registered Model with name={name} not found");

    private static MlopsException VersionNotFound(string name, int version) =>
        MlopsException.NotFound($"Model Version (name={name}, version={version}) not found");
}
