using Mlops.Core.Tracking;

namespace Mlops.Storage.Postgres;

public sealed partial class PostgresTrackingStore
{
    public Task DeleteExperimentAsync(string experimentId, CancellationToken ct = default) =>
        experiments.SetStageAsync(experimentId, LifecycleStage.Deleted, ct);

    public Task RestoreExperimentAsync(string experimentId, CancellationToken ct = default) =>
        experiments.SetStageAsync(experimentId, LifecycleStage.Active, ct);

    public Task RenameExperimentAsync(string experimentId, string newName, CancellationToken ct = default) =>
        experiments.RenameAsync(experimentId, newName, ct);
}
