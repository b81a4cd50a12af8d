namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>
/// One logged prediction as predictions/list returns it. The inputs and probabilities are the JSON objects the log holds,
/// carried as text so they read back byte for byte; times are unix milliseconds; a NaN confidence is null; a regression
/// model's predicted value is in <see cref="Value"/>.
/// </summary>
public sealed record PredictionRecordDto(
    string? Id,
    long Time,
    string? ModelName,
    int? ModelVersion,
    string? ModelUri,
    string? InputsJson,
    string? Prediction,
    double? Confidence,
    string? ProbabilitiesJson,
    double LatencyMs,
    PredictionAssignmentDto? Assignment)
{
    /// <summary>A regression model's predicted value; absent for a classifier (and from servers older than it).</summary>
    public double? Value { get; init; }
}
