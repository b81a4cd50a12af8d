using Mlops.Core.Errors;
using Mlops.Core.Tracking;

namespace Mlops.Storage.Relational.Tracking;

/// <summary>Deleting and restoring runs and removing a run's tag, the same on every relational backend.</summary>
internal sealed class RunLifecycle(IRelationalDatabase database)
{
    public Task DeleteTagAsync(string runId, string key, CancellationToken ct) =>
        database.WriteAsync(async s =>
        {
            await RunRows.RequireActiveAsync(s, runId, ct);
            var deleted = await s.ExecuteAsync("DELETE FROM tags WHERE run_id = @id AND key = @key;", ct, ("@id", runId), ("@key", key));
            if (deleted == 0)
            {
                throw MlopsException.NotFound($"No tag with name: {key} in run with id {runId}");
            }
        }, ct);

    public Task SetStageAsync(string runId, LifecycleStage stage, CancellationToken ct) =>
        database.WriteAsync(async s =>
        {
            var updated = await s.ExecuteAsync("UPDATE runs SET lifecycle_stage = @stage WHERE run_id = @id;", ct,
                ("@stage", TrackingText.Of(stage)), ("@id", runId));
            if (updated == 0)
            {
                throw RunRows.NotFound(runId);
            }
        }, ct);
}
