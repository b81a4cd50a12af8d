using Mlops.Core.Errors;
using Mlops.Core.Registry;
using Mlops.Core.Validation;

namespace Mlops.Storage.Relational.Registry;

/// <summary>
/// Registered models, versions, stages, aliases and tags with MLflow 2.x semantics, in SQL that SQLite and PostgreSQL
/// both run; each backend derives from it only to name its database type.
/// </summary>
public abstract partial class RelationalModelRegistry : IModelRegistry
{
    private readonly IRelationalDatabase database;
    private readonly TimeProvider time;
    private readonly StoreRelativePaths? paths;

    /// <param name="artifactRoot">With an artifact folder, version sources inside it are stored relative to it, so the workspace can move.</param>
    protected RelationalModelRegistry(IRelationalDatabase database, TimeProvider? timeProvider, string? artifactRoot)
    {
        ArgumentNullException.ThrowIfNull(database);
        this.database = database;
        time = timeProvider ?? TimeProvider.System;
        paths = artifactRoot is null ? null : new StoreRelativePaths(artifactRoot);
    }

    public Task<RegisteredModel> CreateRegisteredModelAsync(string name, string? description = null,
        IReadOnlyDictionary<string, string>? tags = null, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw MlopsException.Invalid("Registered model name cannot be empty.");
        }
        return database.WriteAsync(async s =>
        {
            var now = Now();
            var inserted = await s.ExecuteAsync(
                """
                INSERT INTO registered_models (name, creation_time, last_updated_time, description) VALUES (@name, @now, @now, @description)
                ON CONFLICT (name) DO NOTHING;
                """, ct, ("@name", name), ("@now", now), ("@description", description));
            if (inserted == 0)
            {
                throw MlopsException.Conflict($"Registered Model (name={name}) already exists.");
            }
            foreach (var (key, value) in tags ?? new Dictionary<string, string>())
            {
                EntityLimits.RegisteredModelTag(key, value);
                await s.ExecuteAsync("INSERT INTO registered_model_tags (name, key, value) VALUES (@name, @key, @value);", ct,
                    ("@name", name), ("@key", key), ("@value", value));
            }
            return await ReadModelAsync(s, name, ct);
        }, ct);
    }

    public Task<RegisteredModel> GetRegisteredModelAsync(string name, CancellationToken ct = default) =>
        database.ReadAsync(s => ReadModelAsync(s, name, ct), ct);

    public Task<IReadOnlyList<RegisteredModel>> ListRegisteredModelsAsync(CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<RegisteredModel>>(async s =>
        {
            var names = await s.QueryAsync("SELECT name FROM registered_models ORDER BY name;", r => r.GetString(0), ct);
            var models = new List<RegisteredModel>(names.Count);
            foreach (var name in names)
            {
                models.Add(await ReadModelAsync(s, name, ct));
            }
            return models;
        }, ct);

    public Task UpdateRegisteredModelAsync(string name, string? description, CancellationToken ct = default) =>
        database.WriteAsync(async s =>
        {
            var updated = await s.ExecuteAsync(
                "UPDATE registered_models SET description = @description, last_updated_time = @now WHERE name = @name;", ct,
                ("@description", description), ("@now", Now()), ("@name", name));
            if (updated == 0)
            {
                throw ModelNotFound(name);
            }
        }, ct);

    /// <summary>Versions, their tags and the model's aliases and tags go with it.</summary>
    public Task DeleteRegisteredModelAsync(string name, CancellationToken ct = default) =>
        database.WriteAsync(async s =>
        {
            await RequireModelAsync(s, name, ct);
            // Children first and by name, so it does not depend on the backend's foreign keys cascading.
            foreach (var table in new[] { "model_version_tags", "registered_model_aliases", "model_versions", "deleted_model_versions", "registered_model_tags",
                "registered_model_alias_moves", "registered_models" })
            {
                await s.ExecuteAsync($"DELETE FROM {table} WHERE name = @name;", ct, ("@name", name));
            }
        }, ct);

    private long Now() => time.GetUtcNow().ToUnixTimeMilliseconds();

    private string ToStoredSource(string source) => paths?.ToStored(source) ?? source;

    private string FromStoredSource(string stored) => paths?.FromStored(stored) ?? stored;

    private static MlopsException ModelNotFound(string name) =>
        MlopsException.NotFound($"Registered Model with name={name} not found");

    private static MlopsException VersionNotFound(string name, int version) =>
        MlopsException.NotFound($"Model Version (name={name}, version={version}) not found");
}
