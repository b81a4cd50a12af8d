namespace Mlops.Mlflow.Wire.Metrics;

/// <summary>Answer of metrics/get-history.</summary>
public sealed record MetricHistoryResponse(List<MetricDto>? Metrics, string? NextPageToken);
