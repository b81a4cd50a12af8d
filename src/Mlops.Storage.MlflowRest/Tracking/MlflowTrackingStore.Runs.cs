using Mlops.Core.Tracking;
using Mlops.Storage.MlflowRest.Wire;

namespace Mlops.Storage.MlflowRest.Tracking;

public sealed partial class MlflowTrackingStore
{
    public async Task<RunInfo> CreateRunAsync(string experimentId, string? runName, long startTime,
        IReadOnlyDictionary<string, string>? tags = null, CancellationToken ct = default)
    {
        var request = new CreateRunRequest(experimentId, UserId: null, startTime, runName, KeyValueDto.ListOf(tags));
        var response = await _http.SendJsonAsync<RunResponse>(HttpMethod.Post, $"{Api}/runs/create", request, ct);
        return response.Run.ToRun().Info;
    }

    public async Task<RunInfo> UpdateRunAsync(string runId, RunStatus status, long? endTime, string? runName = null,
        CancellationToken ct = default)
    {
        var request = new UpdateRunRequest(runId, RunUuid: null, MlflowEnums.Of(status), endTime, runName);
        var response = await _http.SendJsonAsync<UpdateRunResponse>(HttpMethod.Post, $"{Api}/runs/update", request, ct);
        return response.RunInfo.ToRunInfo();
    }

    public async Task<Run> GetRunAsync(string runId, CancellationToken ct = default)
    {
        var response = await _http.GetAsync<RunResponse>($"{Api}/runs/get", [new("run_id", runId)], ct);
        return response.Run.ToRun();
    }

    public Task DeleteTagAsync(string runId, string key, CancellationToken ct = default) =>
        _http.SendJsonAsync(HttpMethod.Post, $"{Api}/runs/delete-tag", new DeleteTagRequest(runId, key), ct);

    public Task DeleteRunAsync(string runId, CancellationToken ct = default) =>
        _http.SendJsonAsync(HttpMethod.Post, $"{Api}/runs/delete", new RunIdRequest(runId, RunUuid: null), ct);

    public Task RestoreRunAsync(string runId, CancellationToken ct = default) =>
        _http.SendJsonAsync(HttpMethod.Post, $"{Api}/runs/restore", new RunIdRequest(runId, RunUuid: null), ct);

    /// <summary>Every point of a metric, following the server's page tokens when it pages the history.</summary>
    public async Task<IReadOnlyList<Metric>> GetMetricHistoryAsync(string runId, string key, CancellationToken ct = default)
    {
        var all = new List<Metric>();
        string? token = null;
        do
        {
            var response = await _http.GetAsync<MetricHistoryResponse>($"{Api}/metrics/get-history",
                [new("run_id", runId), new("metric_key", key), new("page_token", token)], ct);
            all.AddRange((response.Metrics ?? []).Select(m => m.ToMetric()));
            token = string.IsNullOrEmpty(response.NextPageToken) ? null : response.NextPageToken;
        }
        while (token is not null);
        return all.OrderBy(m => m.Step).ThenBy(m => m.Timestamp).ToList();
    }

    /// <summary>One page of runs; pass <see cref="Page{T}.NextPageToken"/> back in <see cref="RunSearch.PageToken"/> for the next.</summary>
    public async Task<Page<Run>> SearchRunsAsync(RunSearch search, CancellationToken ct = default)
    {
        var request = new SearchRunsRequest(
            search.ExperimentIds.ToList(),
            string.IsNullOrWhiteSpace(search.Filter) ? null : search.Filter,
            MlflowEnums.Of(search.ViewType),
            search.MaxResults,
            search.OrderBy is { Count: > 0 } orderBy ? orderBy.ToList() : null,
            string.IsNullOrEmpty(search.PageToken) ? null : search.PageToken);
        var response = await _http.SendJsonAsync<SearchRunsResponse>(HttpMethod.Post, $"{Api}/runs/search", request, ct);
        return new Page<Run>((response.Runs ?? []).Select(r => r.ToRun()).ToList(),
            string.IsNullOrEmpty(response.NextPageToken) ? null : response.NextPageToken);
    }
}
