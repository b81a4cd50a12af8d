namespace Mlops.Core.Tracking;

/// <summary>
/// Optional capability of a tracking store: the datasets each run used (MLflow's runs/log-inputs). Separate from
/// <see cref="ITrackingStore"/> so backends without it keep compiling; a store that has it says so through <see cref="ITrackingStore.RunInputs"/>.
/// </summary>
public interface IRunInputStore
{
    /// <summary>Records inputs of an active run; logging the same dataset (name + digest) again replaces its tags.</summary>
    Task LogInputsAsync(string runId, IReadOnlyList<DatasetInput> inputs, CancellationToken ct = default);

    /// <summary>Inputs per run id, for the given runs; runs without inputs are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<DatasetInput>>> GetInputsAsync(IReadOnlyList<string> runIds, CancellationToken ct = default);
}
