namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>One true label; <paramref name="ObservedAt"/> is unix milliseconds or null (unknown).</summary>
public sealed record PredictionLabelDto(string? PredictionId, string? Label, long? ObservedAt);
