using Mlops.Core.Errors;
using Mlops.Core.Registry;
using Mlops.Storage.Sqlite.Schema;

namespace Mlops.Storage.Sqlite;

public sealed partial class SqliteModelRegistry
{
    public Task<ModelVersion> CreateModelVersionAsync(string name, string source, string? runId,
        IReadOnlyDictionary<string, string>? tags = null, string? description = null, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            throw MlopsException.Invalid($"Invalid model version source '{source}' for model '{name}': the source must be a non-empty URI.");
        }
        // BEGIN IMMEDIATE holds the write lock from the MAX() read to the INSERT, so concurrent processes get distinct numbers.
        return database.WriteAsync(async (c, tx) =>
        {
            await RequireModelAsync(c, tx, name, ct);
            var version = Convert.ToInt32(await c.ScalarAsync(
                NextVersionSql, tx, ct, ("$name", name)));
            var now = Now();
            await c.ExecuteAsync(
                """
                INSERT INTO model_versions (name, version, creation_time, last_updated_time, description, source, run_id, status, current_stage)
                VALUES ($name, $version, $now, $now, $description, $source, $run, 'READY', $stage);
                """, tx, ct, ("$name", name), ("$version", version), ("$now", now), ("$description", description),
                ("$source", source), ("$run", runId), ("$stage", nameof(ModelStage.None)));
            foreach (var (key, value) in tags ?? new Dictionary<string, string>())
            {
                await UpsertVersionTagAsync(c, tx, name, version, key, value, ct);
            }
            await c.ExecuteAsync("UPDATE registered_models SET last_updated_time = $now WHERE name = $name;", tx, ct,
                ("$now", now), ("$name", name));
            return await ReadVersionAsync(c, tx, name, version, ct);
        }, ct);
    }

    public Task<ModelVersion> GetModelVersionAsync(string name, int version, CancellationToken ct = default) =>
        database.ReadAsync(c => ReadVersionAsync(c, null, name, version, ct), ct);

    public Task<IReadOnlyList<ModelVersion>> ListModelVersionsAsync(string name, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<ModelVersion>>(async c =>
        {
            await RequireModelAsync(c, null, name, ct);
            return await ReadVersionsAsync(c, null, "WHERE v.name = $name ORDER BY v.version", ct, ("$name", name));
        }, ct);

    public Task UpdateModelVersionAsync(string name, int version, string? description, CancellationToken ct = default) =>
        database.WriteAsync(async (c, tx) =>
        {
            var updated = await c.ExecuteAsync(
                "UPDATE model_versions SET description = $description, last_updated_time = $now WHERE name = $name AND version = $version;",
                tx, ct, ("$description", description), ("$now", Now()), ("$name", name), ("$version", version));
            if (updated == 0)
            {
                throw VersionNotFound(name, version);
            }
        }, ct);

    public Task<ModelVersion> TransitionStageAsync(string name, int version, ModelStage stage, bool archiveExisting,
        CancellationToken ct = default)
    {
        if (!Enum.IsDefined(stage))
        {
            throw MlopsException.Invalid($"Invalid Model Version stage: {stage}. Value must be one of None, Staging, Production, Archived.");
        }
        if (archiveExisting && stage is not (ModelStage.Staging or ModelStage.Production))
        {
            throw MlopsException.Invalid(
                $"Model version transition cannot archive existing model versions because '{stage}' is not an Active stage. " +
                "Valid stages are Staging and Production.");
        }
        return database.WriteAsync(async (c, tx) =>
        {
            await ReadVersionAsync(c, tx, name, version, ct);
            var now = Now();
            if (archiveExisting)
            {
                await c.ExecuteAsync(
                    """
                    UPDATE model_versions SET current_stage = 'Archived', last_updated_time = $now
                    WHERE name = $name AND version <> $version AND current_stage = $stage;
                    """, tx, ct, ("$now", now), ("$name", name), ("$version", version), ("$stage", stage.ToString()));
            }
            await c.ExecuteAsync(
                "UPDATE model_versions SET current_stage = $stage, last_updated_time = $now WHERE name = $name AND version = $version;",
                tx, ct, ("$stage", stage.ToString()), ("$now", now), ("$name", name), ("$version", version));
            return await ReadVersionAsync(c, tx, name, version, ct);
        }, ct);
    }

    public Task SetModelVersionTagAsync(string name, int version, string key, string value, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw MlopsException.Invalid($"Invalid tag name: '{key}'. A tag key must be a non-empty string.");
        }
        return database.WriteAsync(async (c, tx) =>
        {
            await ReadVersionAsync(c, tx, name, version, ct);
            await UpsertVersionTagAsync(c, tx, name, version, key, value, ct);
        }, ct);
    }

    public Task DeleteModelVersionTagAsync(string name, int version, string key, CancellationToken ct = default) =>
        database.WriteAsync(async (c, tx) =>
        {
            await ReadVersionAsync(c, tx, name, version, ct);
            await c.ExecuteAsync("DELETE FROM model_version_tags WHERE name = $name AND version = $version AND key = $key;", tx, ct,
                ("$name", name), ("$version", version), ("$key", key));
        }, ct);

    /// <summary>For each requested stage (all four when none are given), the highest version in it.</summary>
    public Task<IReadOnlyList<ModelVersion>> GetLatestVersionsAsync(string name, IReadOnlyList<ModelStage> stages,
        CancellationToken ct = default) =>
        database.ReadAsync(async c =>
        {
            await RequireModelAsync(c, null, name, ct);
            return await ReadLatestVersionsAsync(c, null, name, stages, ct);
        }, ct);
}
