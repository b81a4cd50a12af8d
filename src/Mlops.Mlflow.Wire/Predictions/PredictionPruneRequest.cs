namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>Body of predictions/prune; <paramref name="OlderThan"/> is unix milliseconds.</summary>
public sealed record PredictionPruneRequest(long? OlderThan, long? KeepNewestRows, string? ModelName, bool? DryRun);
