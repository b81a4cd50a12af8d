using Mlops.Storage.MlflowRest.Wire;

namespace Mlops.Storage.MlflowRest.Registry;

public sealed partial class MlflowModelRegistry
{
    public Task SetRegisteredModelTagAsync(string name, string key, string value, CancellationToken ct = default) =>
        _http.SendJsonAsync(HttpMethod.Post, $"{Api}/registered-models/set-tag", new RegisteredModelTagRequest(name, key, value), ct);

    public Task DeleteRegisteredModelTagAsync(string name, string key, CancellationToken ct = default) =>
        _http.SendJsonAsync(HttpMethod.Delete, $"{Api}/registered-models/delete-tag", new RegisteredModelTagRequest(name, key, Value: null), ct);

    public Task DeleteModelVersionAsync(string name, int version, CancellationToken ct = default) =>
        _http.SendJsonAsync(HttpMethod.Delete, $"{Api}/model-versions/delete",
            new ModelVersionRequest(name, version.ToWire(), Description: null), ct);
}
