namespace Mlops.Core.Predictions;

/// <summary>
/// One served prediction. <paramref name="InputsJson"/> is a JSON object of the raw inputs by column name;
/// <paramref name="ProbabilitiesJson"/> a JSON object of the probability per class; latency covers parsing,
/// validation and scoring of the request (for a batch, the whole batch).
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
    double LatencyMs);
