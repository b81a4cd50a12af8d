namespace Mlops.Core.Predictions;

/// <summary>
/// One served prediction. <paramref name="InputsJson"/> is a JSON object of the raw inputs by column name;
/// <paramref name="ProbabilitiesJson"/> a JSON object of the probability per class; latency covers parsing,
/// validation and scoring of the request (for a batch, the whole batch). <see cref="Assignment"/> names the A/B test
/// variant that made it, if any. A regression model's record carries its predicted number in <see cref="Value"/> (and as
/// invariant text in <paramref name="Prediction"/>), a NaN confidence and no probabilities.
/// </summary>
public sealed record PredictionRecord(
    string Id,
    DateTimeOffset Time,
    string? ModelName,
    int? ModelVersion,
    string ModelUri,
    string InputsJson,
    string Prediction,
    double Confidence,
    string ProbabilitiesJson,
    double LatencyMs)
{
    public PredictionAssignment? Assignment { get; init; }

    /// <summary>The value a regression model predicted; null for a classifier's prediction.</summary>
    public double? Value { get; init; }
}
