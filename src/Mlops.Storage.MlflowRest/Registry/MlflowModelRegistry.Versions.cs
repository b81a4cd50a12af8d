using Mlops.Core.Registry;
using Mlops.Storage.MlflowRest.Wire;

namespace Mlops.Storage.MlflowRest.Registry;

public sealed partial class MlflowModelRegistry
{
    // The page size MLflow's own client uses for model-versions/search.
    private const int VersionPageSize = 100;

    public async Task<ModelVersion> CreateModelVersionAsync(string name, string source, string? runId,
        IReadOnlyDictionary<string, string>? tags = null, string? description = null, CancellationToken ct = default)
    {
        var request = new CreateModelVersionRequest(name, source, runId, KeyValueDto.ListOf(tags), RunLink: null, description);
        var response = await _http.SendJsonAsync<ModelVersionResponse>(HttpMethod.Post, $"{Api}/model-versions/create", request, ct);
        return response.ModelVersion.ToModelVersion();
    }

    public async Task<ModelVersion> GetModelVersionAsync(string name, int version, CancellationToken ct = default)
    {
        var response = await _http.GetAsync<ModelVersionResponse>($"{Api}/model-versions/get",
            [new("name", name), new("version", version.ToWire())], ct);
        return response.ModelVersion.ToModelVersion();
    }

    public async Task<IReadOnlyList<ModelVersion>> ListModelVersionsAsync(string name, CancellationToken ct = default)
    {
        var filter = name.Contains('\'') ? $"name=\"{name}\"" : $"name='{name}'";
        var all = new List<ModelVersion>();
        string? token = null;
        do
        {
            var response = await _http.GetAsync<ModelVersionsResponse>($"{Api}/model-versions/search",
                [new("filter", filter), new("max_results", VersionPageSize.ToWire()), new("page_token", token)], ct);
            all.AddRange((response.ModelVersions ?? []).Select(v => v.ToModelVersion()));
            token = string.IsNullOrEmpty(response.NextPageToken) ? null : response.NextPageToken;
        }
        while (token is not null);
        return all.OrderBy(v => v.Version).ToList();
    }

    public async Task UpdateModelVersionAsync(string name, int version, string? description, CancellationToken ct = default) =>
        await _http.SendJsonAsync<ModelVersionResponse>(HttpMethod.Patch, $"{Api}/model-versions/update",
            new ModelVersionRequest(name, version.ToWire(), description ?? ""), ct);

    public async Task<ModelVersion> TransitionStageAsync(string name, int version, ModelStage stage, bool archiveExisting,
        CancellationToken ct = default)
    {
        var request = new TransitionStageRequest(name, version.ToWire(), stage.ToString(), archiveExisting);
        var response = await _http.SendJsonAsync<ModelVersionResponse>(HttpMethod.Post, $"{Api}/model-versions/transition-stage", request, ct);
        return response.ModelVersion.ToModelVersion();
    }

    public Task SetModelVersionTagAsync(string name, int version, string key, string value, CancellationToken ct = default) =>
        _http.SendJsonAsync(HttpMethod.Post, $"{Api}/model-versions/set-tag",
            new ModelVersionTagRequest(name, version.ToWire(), key, value), ct);

    public Task DeleteModelVersionTagAsync(string name, int version, string key, CancellationToken ct = default) =>
        _http.SendJsonAsync(HttpMethod.Delete, $"{Api}/model-versions/delete-tag",
            new ModelVersionTagRequest(name, version.ToWire(), key, Value: null), ct);

    public async Task<IReadOnlyList<ModelVersion>> GetLatestVersionsAsync(string name, IReadOnlyList<ModelStage> stages,
        CancellationToken ct = default)
    {
        var request = new LatestVersionsRequest(name, stages.Count == 0 ? null : stages.Select(s => s.ToString()).ToList());
        var response = await _http.SendJsonAsync<ModelVersionsResponse>(HttpMethod.Post,
            $"{Api}/registered-models/get-latest-versions", request, ct);
        return (response.ModelVersions ?? []).Select(v => v.ToModelVersion()).ToList();
    }

    /// <summary>Where the server says a version's files are (model-versions/get-download-uri).</summary>
    public async Task<string> GetModelVersionDownloadUriAsync(string name, int version, CancellationToken ct = default)
    {
        var response = await _http.GetAsync<DownloadUriResponse>($"{Api}/model-versions/get-download-uri",
            [new("name", name), new("version", version.ToWire())], ct);
        return response.ArtifactUri;
    }
}
