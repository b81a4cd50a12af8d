using Mlops.Core.Tracking;

namespace Mlops.TrackingServer.Runs;

/// <summary>
/// Dataset inputs of runs (runs/log-inputs). Backends without input storage accept and drop them after checking that
/// the run exists and is active, so clients that log datasets keep working.
/// </summary>
internal sealed class RunInputs(ITrackingStore tracking)
{
    public Task<IReadOnlyList<WireDatasetInput>?> GetAsync(string runId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<WireDatasetInput>?>(null);

    public async Task LogAsync(string runId, IReadOnlyList<WireDatasetInput> inputs, CancellationToken ct)
    {
        var run = await tracking.GetRunAsync(runId, ct);
        if (run.Info.LifecycleStage != LifecycleStage.Active)
        {
            throw Core.Errors.MlopsException.Invalid($"The run {runId} must be in the 'active' state. Current state is deleted.");
        }
        _ = inputs;
    }
}
