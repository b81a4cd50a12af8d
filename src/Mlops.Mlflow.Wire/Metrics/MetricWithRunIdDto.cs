namespace Mlops.Mlflow.Wire.Metrics;

/// <summary>One point of metrics/get-history-bulk (MLflow's MetricWithRunId).</summary>
public sealed record MetricWithRunIdDto(string Key, string RunId, long Step, long Timestamp, double Value);
