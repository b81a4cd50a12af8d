namespace Mlops.Core.Tracking;

/// <summary>Single-item writes, all routed through <see cref="ITrackingStore.LogBatchAsync"/>.</summary>
public static class TrackingStoreExtensions
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    public static Task LogMetricAsync(this ITrackingStore store, string runId, Metric metric, CancellationToken ct = default) =>
        store.LogBatchAsync(runId, [metric], None, None, ct);

    public static Task LogParamAsync(this ITrackingStore store, string runId, string key, string value, CancellationToken ct = default) =>
        store.LogBatchAsync(runId, [], new Dictionary<string, string> { [key] = value }, None, ct);

    public static Task SetTagAsync(this ITrackingStore store, string runId, string key, string value, CancellationToken ct = default) =>
        store.LogBatchAsync(runId, [], None, new Dictionary<string, string> { [key] = value }, ct);

    public static async Task<string> GetOrCreateExperimentAsync(this ITrackingStore store, string name, CancellationToken ct = default)
    {
        var existing = await store.GetExperimentByNameAsync(name, ct);
        if (existing is not null)
        {
            return existing.ExperimentId;
        }
        try
        {
            return await store.CreateExperimentAsync(name, ct: ct);
        }
        catch (Errors.MlopsException e) when (e.Code == Errors.ErrorCode.ResourceAlreadyExists)
        {
            // Another process created it between our lookup and insert.
            return (await store.GetExperimentByNameAsync(name, ct))!.ExperimentId;
        }
    }
}
