namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>The A/B test variant a batch or record was scored as.</summary>
public sealed record PredictionAssignmentDto(string? TestId, string? Variant, bool Shadow);
