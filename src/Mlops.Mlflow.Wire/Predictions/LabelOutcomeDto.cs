namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>What recording item <paramref name="Index"/> did: <paramref name="Status"/> is accepted, replaced or rejected (with a reason).</summary>
public sealed record LabelOutcomeDto(int Index, string? PredictionId, string? Status, string? Reason);
