namespace Mlops.Mlflow.Wire.Runs;

/// <summary>Body of runs/log-batch.</summary>
public sealed record LogBatchRequest(string? RunId, List<MetricDto>? Metrics, List<KeyValueDto>? Params, List<KeyValueDto>? Tags);
