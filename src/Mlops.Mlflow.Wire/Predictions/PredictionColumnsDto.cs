namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>
/// The rows of a logged batch as columns: one id (UUID), time (unix ms), latency (ms) and predicted class index per row;
/// probabilities (one per class) and inputs (one per input) flat and row-major, a missing value as null.
/// </summary>
public sealed record PredictionColumnsDto(
    List<string>? Ids,
    List<long>? Times,
    List<double>? Latencies,
    List<int>? Predicted,
    List<float?>? Probabilities,
    List<double?>? Inputs);
