using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.Storage.MlflowRest.Http;
using Mlops.Storage.MlflowRest.Wire;

namespace Mlops.Storage.MlflowRest.Tracking;

/// <summary>
/// <see cref="ITrackingStore"/> over an MLflow 2.x tracking server's REST API. Experiments here; runs, metrics and
/// search in the partial files.
/// </summary>
public sealed partial class MlflowTrackingStore : ITrackingStore
{
    private const int ExperimentPageSize = 1000;
    private readonly MlflowHttp _http;

    internal MlflowTrackingStore(MlflowHttp http) => _http = http;

    public async Task<string> CreateExperimentAsync(string name, string? artifactLocation = null,
        IReadOnlyDictionary<string, string>? tags = null, CancellationToken ct = default)
    {
        var request = new CreateExperimentRequest(name, artifactLocation, KeyValueDto.ListOf(tags));
        var response = await _http.SendJsonAsync<CreateExperimentResponse>(HttpMethod.Post, $"{Api}/experiments/create", request, ct);
        return response.ExperimentId;
    }

    public async Task<Experiment> GetExperimentAsync(string experimentId, CancellationToken ct = default)
    {
        var response = await _http.GetAsync<ExperimentResponse>($"{Api}/experiments/get",
            [new("experiment_id", experimentId)], ct);
        return response.Experiment.ToExperiment();
    }

    public async Task<Experiment?> GetExperimentByNameAsync(string name, CancellationToken ct = default)
    {
        try
        {
            var response = await _http.GetAsync<ExperimentResponse>($"{Api}/experiments/get-by-name",
                [new("experiment_name", name)], ct);
            return response.Experiment.ToExperiment();
        }
        catch (MlopsException e) when (e.Code == ErrorCode.ResourceDoesNotExist)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<Experiment>> ListExperimentsAsync(ViewType viewType = ViewType.ActiveOnly,
        CancellationToken ct = default)
    {
        var all = new List<Experiment>();
        string? token = null;
        do
        {
            var page = await SearchExperimentsAsync(null, ExperimentPageSize, token, viewType, ct);
            all.AddRange(page.Items);
            token = page.NextPageToken;
        }
        while (token is not null);
        return all;
    }

    /// <summary>One page of MLflow's experiments/search, with its filter grammar (for example <c>name LIKE 'churn%'</c>).</summary>
    public async Task<Page<Experiment>> SearchExperimentsAsync(string? filter = null, int maxResults = ExperimentPageSize,
        string? pageToken = null, ViewType viewType = ViewType.ActiveOnly, CancellationToken ct = default)
    {
        // ACTIVE_ONLY is the server's default; leaving it out keeps requests identical to MLflow's own client.
        var request = new SearchExperimentsRequest(maxResults, pageToken, filter, OrderBy: null,
            viewType == ViewType.ActiveOnly ? null : MlflowEnums.Of(viewType));
        var response = await _http.SendJsonAsync<SearchExperimentsResponse>(HttpMethod.Post, $"{Api}/experiments/search", request, ct);
        return new Page<Experiment>((response.Experiments ?? []).Select(e => e.ToExperiment()).ToList(),
            string.IsNullOrEmpty(response.NextPageToken) ? null : response.NextPageToken);
    }

    public Task SetExperimentTagAsync(string experimentId, string key, string value, CancellationToken ct = default) =>
        _http.SendJsonAsync(HttpMethod.Post, $"{Api}/experiments/set-experiment-tag",
            new SetExperimentTagRequest(experimentId, key, value), ct);
}
