using Mlops.Core.Artifacts;

namespace Mlops.Storage.MlflowRest.Tracking;

public sealed partial class MlflowTrackingStore
{
    /// <summary>
    /// One level of a run's artifacts as the server resolves them (artifacts/list), whatever the run's artifact URI
    /// scheme; paths are relative to the run's artifact root.
    /// </summary>
    public async Task<IReadOnlyList<ArtifactEntry>> ListRunArtifactsAsync(string runId, string? path = null, CancellationToken ct = default)
    {
        var response = await _http.GetAsync<ListArtifactsResponse>($"{Api}/artifacts/list",
            [new("run_id", runId), new("path", string.IsNullOrEmpty(path) ? null : path)], ct);
        return (response.Files ?? [])
            .Select(f => new ArtifactEntry(f.Path, f.IsDir == true, f.IsDir == true ? null : f.FileSize))
            .ToList();
    }
}
