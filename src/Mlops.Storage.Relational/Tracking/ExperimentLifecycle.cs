using Mlops.Core.Errors;
using Mlops.Core.Tracking;

namespace Mlops.Storage.Relational.Tracking;

/// <summary>Renaming, deleting and restoring experiments, the same on every relational backend.</summary>
internal sealed class ExperimentLifecycle(IRelationalDatabase database, TimeProvider time)
{
    public Task RenameAsync(string experimentId, string newName, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(newName))
        {
            throw MlopsException.Invalid("Invalid experiment name: the new name must be a non-empty string.");
        }
        return database.WriteAsync(async s =>
        {
            var id = ExperimentIds.Parse(experimentId);
            var stage = await s.ScalarAsync($"SELECT lifecycle_stage FROM experiments WHERE experiment_id = @id{s.Dialect.LockRowSuffix};",
                ct, ("@id", id)) ?? throw NotFound(experimentId);
            if (!string.Equals((string)stage, TrackingText.Of(LifecycleStage.Active), StringComparison.Ordinal))
            {
                throw new MlopsException(ErrorCode.InvalidState, "Cannot rename a non-active experiment.");
            }
            if (await s.ScalarAsync("SELECT 1 FROM experiments WHERE name = @name AND experiment_id <> @id;", ct,
                ("@name", newName), ("@id", id)) is not null)
            {
                throw MlopsException.Conflict($"Experiment(name={newName}) already exists.");
            }
            await s.ExecuteAsync("UPDATE experiments SET name = @name, last_update_time = @now WHERE experiment_id = @id;", ct,
                ("@name", newName), ("@now", Now()), ("@id", id));
        }, ct);
    }

    /// <summary>Deleting needs an active experiment and restoring a deleted one; the other case is "does not exist", as in MLflow.</summary>
    public Task SetStageAsync(string experimentId, LifecycleStage stage, CancellationToken ct) =>
        database.WriteAsync(async s =>
        {
            var id = ExperimentIds.Parse(experimentId);
            if (stage == LifecycleStage.Deleted && id == 0)
            {
                throw MlopsException.Invalid("Cannot delete the default experiment '0'. This is an internally reserved experiment.");
            }
            var from = stage == LifecycleStage.Deleted ? LifecycleStage.Active : LifecycleStage.Deleted;
            var updated = await s.ExecuteAsync(
                """
                UPDATE experiments SET lifecycle_stage = @stage, last_update_time = @now
                WHERE experiment_id = @id AND lifecycle_stage = @from;
                """, ct, ("@stage", TrackingText.Of(stage)), ("@now", Now()), ("@id", id), ("@from", TrackingText.Of(from)));
            if (updated == 0)
            {
                throw NotFound(experimentId);
            }
            await s.ExecuteAsync("UPDATE runs SET lifecycle_stage = @stage WHERE experiment_id = @id;", ct,
                ("@stage", TrackingText.Of(stage)), ("@id", id));
        }, ct);

    private long Now() => time.GetUtcNow().ToUnixTimeMilliseconds();

    private static MlopsException NotFound(string experimentId) =>
        MlopsException.NotFound($"No Experiment with id={experimentId} exists");
}
