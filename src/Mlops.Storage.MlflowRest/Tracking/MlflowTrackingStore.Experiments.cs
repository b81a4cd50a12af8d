namespace Mlops.Storage.MlflowRest.Tracking;

public sealed partial class MlflowTrackingStore
{
    public Task DeleteExperimentAsync(string experimentId, CancellationToken ct = default) =>
        _http.SendJsonAsync(HttpMethod.Post, $"{Api}/experiments/delete", new ExperimentIdRequest(experimentId), ct);

    public Task RestoreExperimentAsync(string experimentId, CancellationToken ct = default) =>
        _http.SendJsonAsync(HttpMethod.Post, $"{Api}/experiments/restore", new ExperimentIdRequest(experimentId), ct);

    public Task RenameExperimentAsync(string experimentId, string newName, CancellationToken ct = default) =>
        _http.SendJsonAsync(HttpMethod.Post, $"{Api}/experiments/update", new UpdateExperimentRequest(experimentId, newName), ct);
}
