namespace Mlops.Mlflow.Wire.Runs;

/// <summary>Body of runs/log-metric.</summary>
public sealed record LogMetricRequest(string? RunId, string? RunUuid, string? Key, double? Value, long? Timestamp, long? Step);
