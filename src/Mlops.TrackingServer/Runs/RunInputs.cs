namespace Mlops.TrackingServer.Runs;

/// <summary>
/// Dataset inputs of runs (runs/log-inputs) through the store's optional <see cref="ITrackingStore.RunInputs"/>. Backends without it
/// accept and drop inputs after checking that the run is active, so clients that log datasets keep working.
/// </summary>
internal sealed class RunInputs(ITrackingStore tracking)
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<DatasetInput>> None = new Dictionary<string, IReadOnlyList<DatasetInput>>();
    private readonly IRunInputStore? store = tracking.RunInputs;

    public async Task<IReadOnlyList<DatasetInputDto>?> GetAsync(string runId, CancellationToken ct) =>
        (await GetManyAsync([runId], ct)).GetValueOrDefault(runId);

    public async Task<IReadOnlyDictionary<string, List<DatasetInputDto>>> GetManyAsync(IReadOnlyList<string> runIds, CancellationToken ct)
    {
        var inputs = store is null || runIds.Count == 0 ? None : await store.GetInputsAsync(runIds, ct);
        return inputs.ToDictionary(pair => pair.Key, pair => pair.Value.Select(ToWire).ToList());
    }

    public async Task LogAsync(string runId, IReadOnlyList<DatasetInputDto> inputs, CancellationToken ct)
    {
        if (store is not null)
        {
            await store.LogInputsAsync(runId, inputs.Select(FromWire).ToList(), ct);
            return;
        }
        var run = await tracking.GetRunAsync(runId, ct);
        if (run.Info.LifecycleStage != LifecycleStage.Active)
        {
            throw MlopsException.Invalid($"The run {runId} must be in the 'active' state. Current state is deleted.");
        }
    }

    private static DatasetInputDto ToWire(DatasetInput input)
    {
        var d = input.Dataset;
        return new DatasetInputDto(KeyValueDto.ListOf(input.Tags), new DatasetDto(d.Name, d.Digest, d.SourceType, d.Source, d.Schema, d.Profile));
    }

    private static DatasetInput FromWire(DatasetInputDto input)
    {
        var d = input.Dataset ?? throw WireRequest.Missing("datasets.dataset");
        return new DatasetInput(
            new Dataset(WireRequest.Required(d.Name, "dataset.name"), WireRequest.Required(d.Digest, "dataset.digest"),
                d.SourceType ?? "", d.Source ?? "", d.Schema, d.Profile),
            KeyValues.ToDictionary(input.Tags, "tags"));
    }
}
