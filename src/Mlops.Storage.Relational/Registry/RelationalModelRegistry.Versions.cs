using Mlops.Core.Errors;
using Mlops.Core.Registry;
using Mlops.Core.Validation;

namespace Mlops.Storage.Relational.Registry;

public abstract partial class RelationalModelRegistry
{
    public Task<ModelVersion> CreateModelVersionAsync(string name, string source, string? runId,
        IReadOnlyDictionary<string, string>? tags = null, string? description = null, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            throw MlopsException.Invalid($"Invalid model version source '{source}' for model '{name}': the source must be a non-empty URI.");
        }
        // The model's row stays locked from the MAX() read to the commit (FOR UPDATE on PostgreSQL; SQLite's BEGIN IMMEDIATE
        // already holds the write lock), so concurrent writers take turns and each reads the number the previous one committed.
        return database.WriteAsync(async s =>
        {
            if (await s.ScalarAsync($"SELECT 1 FROM registered_models WHERE name = @name{s.Dialect.LockRowSuffix};", ct, ("@name", name)) is null)
            {
                throw ModelNotFound(name);
            }
            var version = Convert.ToInt32(await s.ScalarAsync(
                NextVersionSql, ct, ("@name", name)));
            var now = Now();
            await s.ExecuteAsync(
                """
                INSERT INTO model_versions (name, version, creation_time, last_updated_time, description, source, run_id, status, current_stage)
                VALUES (@name, @version, @now, @now, @description, @source, @run, 'READY', @stage);
                """, ct, ("@name", name), ("@version", version), ("@now", now), ("@description", description),
                ("@source", ToStoredSource(source)), ("@run", runId), ("@stage", nameof(ModelStage.None)));
            foreach (var (key, value) in tags ?? new Dictionary<string, string>())
            {
                EntityLimits.ModelVersionTag(key, value);
                await UpsertVersionTagAsync(s, name, version, key, value, ct);
            }
            await s.ExecuteAsync("UPDATE registered_models SET last_updated_time = @now WHERE name = @name;", ct,
                ("@now", now), ("@name", name));
            return await ReadVersionAsync(s, name, version, ct);
        }, ct);
    }

    public Task<ModelVersion> GetModelVersionAsync(string name, int version, CancellationToken ct = default) =>
        database.ReadAsync(s => ReadVersionAsync(s, name, version, ct), ct);

    public Task<IReadOnlyList<ModelVersion>> ListModelVersionsAsync(string name, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<ModelVersion>>(async s =>
        {
            await RequireModelAsync(s, name, ct);
            return await ReadVersionsAsync(s, "WHERE v.name = @name ORDER BY v.version", ct, ("@name", name));
        }, ct);

    public Task UpdateModelVersionAsync(string name, int version, string? description, CancellationToken ct = default) =>
        database.WriteAsync(async s =>
        {
            var updated = await s.ExecuteAsync(
                "UPDATE model_versions SET description = @description, last_updated_time = @now WHERE name = @name AND version = @version;",
                ct, ("@description", description), ("@now", Now()), ("@name", name), ("@version", version));
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
        return database.WriteAsync(async s =>
        {
            await ReadVersionAsync(s, name, version, ct);
            var now = Now();
            if (archiveExisting)
            {
                await s.ExecuteAsync(
                    """
                    UPDATE model_versions SET current_stage = 'Archived', last_updated_time = @now
                    WHERE name = @name AND version <> @version AND current_stage = @stage;
                    """, ct, ("@now", now), ("@name", name), ("@version", version), ("@stage", stage.ToString()));
            }
            await s.ExecuteAsync(
                "UPDATE model_versions SET current_stage = @stage, last_updated_time = @now WHERE name = @name AND version = @version;",
                ct, ("@stage", stage.ToString()), ("@now", now), ("@name", name), ("@version", version));
            // As MLflow: a stage change touches the registered model too (a description change does not).
            await s.ExecuteAsync("UPDATE registered_models SET last_updated_time = @now WHERE name = @name;", ct,
                ("@now", now), ("@name", name));
            return await ReadVersionAsync(s, name, version, ct);
        }, ct);
    }

    public Task SetModelVersionTagAsync(string name, int version, string key, string value, CancellationToken ct = default)
    {
        EntityLimits.ModelVersionTag(key, value);
        return database.WriteAsync(async s =>
        {
            await ReadVersionAsync(s, name, version, ct);
            await UpsertVersionTagAsync(s, name, version, key, value, ct);
        }, ct);
    }

    public Task DeleteModelVersionTagAsync(string name, int version, string key, CancellationToken ct = default) =>
        database.WriteAsync(async s =>
        {
            await ReadVersionAsync(s, name, version, ct);
            await s.ExecuteAsync("DELETE FROM model_version_tags WHERE name = @name AND version = @version AND key = @key;", ct,
                ("@name", name), ("@version", version), ("@key", key));
        }, ct);

    /// <summary>For each requested stage (all four when none are given), the highest version in it.</summary>
    public Task<IReadOnlyList<ModelVersion>> GetLatestVersionsAsync(string name, IReadOnlyList<ModelStage> stages,
        CancellationToken ct = default) =>
        database.ReadAsync(async s =>
        {
            await RequireModelAsync(s, name, ct);
            return await ReadLatestVersionsAsync(s, name, stages, ct);
        }, ct);
}
