using Microsoft.Data.Sqlite;
using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.Storage.Sqlite.Schema;
using Mlops.Storage.Sqlite.Tracking;

namespace Mlops.Storage.Sqlite;

public sealed partial class SqliteTrackingStore
{
    public Task DeleteExperimentAsync(string experimentId, CancellationToken ct = default) =>
        SetExperimentLifecycleAsync(experimentId, LifecycleStage.Deleted, ct);

    public Task RestoreExperimentAsync(string experimentId, CancellationToken ct = default) =>
        SetExperimentLifecycleAsync(experimentId, LifecycleStage.Active, ct);

    public Task RenameExperimentAsync(string experimentId, string newName, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(newName))
        {
            throw MlopsException.Invalid("Invalid experiment name: the new name must be a non-empty string.");
        }
        return database.WriteAsync(async (c, tx) =>
        {
            var id = ParseExperimentId(experimentId);
            var stage = await c.ScalarAsync("SELECT lifecycle_stage FROM experiments WHERE experiment_id = $id;", tx, ct, ("$id", id))
                ?? throw ExperimentNotFound(experimentId);
            if (!string.Equals((string)stage, TrackingText.Of(LifecycleStage.Active), StringComparison.Ordinal))
            {
                throw new MlopsException(ErrorCode.InvalidState, "Cannot rename a non-active experiment.");
            }
            if (await c.ScalarAsync("SELECT 1 FROM experiments WHERE name = $name AND experiment_id <> $id;", tx, ct,
                ("$name", newName), ("$id", id)) is not null)
            {
                throw MlopsException.Conflict($"Experiment(name={newName}) already exists.");
            }
            await c.ExecuteAsync("UPDATE experiments SET name = $name, last_update_time = $now WHERE experiment_id = $id;", tx, ct,
                ("$name", newName), ("$now", time.GetUtcNow().ToUnixTimeMilliseconds()), ("$id", id));
        }, ct);
    }

    /// <summary>Deleting needs an active experiment and restoring a deleted one; the other case is "does not exist", as in MLflow.</summary>
    private Task SetExperimentLifecycleAsync(string experimentId, LifecycleStage stage, CancellationToken ct) =>
        database.WriteAsync(async (c, tx) =>
        {
            var id = ParseExperimentId(experimentId);
            if (stage == LifecycleStage.Deleted && id == 0)
            {
                throw MlopsException.Invalid("Cannot delete the default experiment '0'. This is an internally reserved experiment.");
            }
            var from = stage == LifecycleStage.Deleted ? LifecycleStage.Active : LifecycleStage.Deleted;
            var updated = await c.ExecuteAsync(
                """
                UPDATE experiments SET lifecycle_stage = $stage, last_update_time = $now
                WHERE experiment_id = $id AND lifecycle_stage = $from;
                """, tx, ct, ("$stage", TrackingText.Of(stage)), ("$now", time.GetUtcNow().ToUnixTimeMilliseconds()), ("$id", id),
                ("$from", TrackingText.Of(from)));
            if (updated == 0)
            {
                throw ExperimentNotFound(experimentId);
            }
            await c.ExecuteAsync("UPDATE runs SET lifecycle_stage = $stage WHERE experiment_id = $id;", tx, ct,
                ("$stage", TrackingText.Of(stage)), ("$id", id));
        }, ct);

    private static MlopsException ExperimentNotFound(string experimentId) =>
        MlopsException.NotFound($"No Experiment with id={experimentId} exists");
}
