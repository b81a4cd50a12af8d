using Mlops.Core.Registry;
using Mlops.Core.Tracking;
using Mlops.Storage.MlflowRest.Http;
using Mlops.Storage.MlflowRest.Wire;

namespace Mlops.Storage.MlflowRest.Registry;

/// <summary>
/// <see cref="IModelRegistry"/> over MLflow's model registry REST API. Registered models here; versions, stages
/// and aliases in the partial files.
/// </summary>
public sealed partial class MlflowModelRegistry : IModelRegistry
{

    // MLflow caps registered-models/search at 1,000 per page.
    private const int ModelPageSize = 1000;
    private readonly MlflowHttp _http;
    private readonly MlopsServerProbe _probe;

    internal MlflowModelRegistry(MlflowHttp http, MlopsServerProbe probe)
    {
        _http = http;
        _probe = probe;
    }

    public async Task<RegisteredModel> CreateRegisteredModelAsync(string name, string? description = null,
        IReadOnlyDictionary<string, string>? tags = null, CancellationToken ct = default)
    {
        var request = new CreateRegisteredModelRequest(name, KeyValueDto.ListOf(tags), description);
        var response = await _http.SendJsonAsync<RegisteredModelResponse>(HttpMethod.Post, $"{Api}/registered-models/create", request, ct);
        return response.RegisteredModel.ToRegisteredModel();
    }

    public async Task<RegisteredModel> GetRegisteredModelAsync(string name, CancellationToken ct = default)
    {
        var response = await _http.GetAsync<RegisteredModelResponse>($"{Api}/registered-models/get", [new("name", name)], ct);
        return response.RegisteredModel.ToRegisteredModel();
    }

    public async Task<IReadOnlyList<RegisteredModel>> ListRegisteredModelsAsync(CancellationToken ct = default)
    {
        var all = new List<RegisteredModel>();
        string? token = null;
        do
        {
            var page = await SearchRegisteredModelsAsync(null, ModelPageSize, token, ct);
            all.AddRange(page.Items);
            token = page.NextPageToken;
        }
        while (token is not null);
        return all;
    }

    /// <summary>One page of MLflow's registered-models/search (filter such as <c>name LIKE 'churn%'</c>).</summary>
    public async Task<Page<RegisteredModel>> SearchRegisteredModelsAsync(string? filter = null, int maxResults = ModelPageSize,
        string? pageToken = null, CancellationToken ct = default)
    {
        var response = await _http.GetAsync<SearchRegisteredModelsResponse>($"{Api}/registered-models/search",
            [new("filter", filter), new("max_results", maxResults.ToWire()), new("page_token", pageToken)], ct);
        return new Page<RegisteredModel>((response.RegisteredModels ?? []).Select(m => m.ToRegisteredModel()).ToList(),
            string.IsNullOrEmpty(response.NextPageToken) ? null : response.NextPageToken);
    }

    public Task UpdateRegisteredModelAsync(string name, string? description, CancellationToken ct = default) =>
        _http.SendJsonAsync(HttpMethod.Patch, $"{Api}/registered-models/update",
            new UpdateRegisteredModelRequest(name, description ?? ""), ct);

    public async Task<RegisteredModel> RenameRegisteredModelAsync(string name, string newName, CancellationToken ct = default)
    {
        var response = await _http.SendJsonAsync<RegisteredModelResponse>(HttpMethod.Post, $"{Api}/registered-models/rename",
            new RenameRegisteredModelRequest(name, newName), ct);
        return response.RegisteredModel.ToRegisteredModel();
    }

    public Task DeleteRegisteredModelAsync(string name, CancellationToken ct = default) =>
        _http.SendJsonAsync(HttpMethod.Delete, $"{Api}/registered-models/delete", new NameRequest(name), ct);
}
