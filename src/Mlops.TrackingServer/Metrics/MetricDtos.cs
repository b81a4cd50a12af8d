using Mlops.TrackingServer.Wire;

namespace Mlops.TrackingServer.Metrics;

internal sealed record MetricHistoryResponse(List<WireMetric>? Metrics, string? NextPageToken);

internal sealed record BulkMetricHistoryResponse(List<WireHistoryMetric>? Metrics);
