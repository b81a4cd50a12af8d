namespace Mlops.Mlflow.Wire.Metrics;

/// <summary>Answer of the web UI's metrics/get-history-bulk.</summary>
public sealed record BulkMetricHistoryResponse(List<MetricWithRunIdDto>? Metrics);
