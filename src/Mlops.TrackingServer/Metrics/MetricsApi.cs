using Mlops.TrackingServer.Runs;

namespace Mlops.TrackingServer.Metrics;

/// <summary>Metric history: the public get-history and the UI's get-history-bulk across several runs.</summary>
internal static class MetricsApi
{
    // MLflow 2.10.2's MAX_HISTORY_RESULTS, both the default and the cap of max_results.
    private const int BulkMaxResults = 25_000;
    // MLflow 2.10.2's get_metric_history_bulk_handler allows 20 run ids per request.
    private const int MaxBulkRuns = 20;

    public static IEndpointRouteBuilder MapMetricsApi(this IEndpointRouteBuilder routes)
    {
        var tracking = routes.ServiceProvider.GetRequiredService<ITrackingStore>();
        routes.MapGet("/metrics/get-history", context => GetHistoryAsync(context, tracking));
        routes.MapGet("/metrics/get-history-bulk", context => GetHistoryBulkAsync(context, tracking));
        return routes;
    }

    private static async Task GetHistoryAsync(HttpContext context, ITrackingStore tracking)
    {
        var runId = RunWire.RunId(WireRequest.Query(context, "run_id"), WireRequest.Query(context, "run_uuid"));
        var key = WireRequest.Required(WireRequest.Query(context, "metric_key"), "metric_key");
        var history = await tracking.GetMetricHistoryAsync(runId, key, context.RequestAborted);
        await WireResponse.WriteAsync(context, new MetricHistoryResponse(RunWire.Metrics(history), null),
            MlflowJsonContext.Default.MetricHistoryResponse);
    }

    private static async Task GetHistoryBulkAsync(HttpContext context, ITrackingStore tracking)
    {
        var given = context.Request.Query["run_id"].OfType<string>().ToList();
        if (given.Count == 0)
        {
            throw MlopsException.Invalid("GetMetricHistoryBulk request must specify at least one run_id.");
        }
        if (given.Count > MaxBulkRuns)
        {
            throw MlopsException.Invalid($"GetMetricHistoryBulk request cannot specify more than {MaxBulkRuns} run_ids. Received {given.Count} run_ids.");
        }
        var key = WireRequest.Query(context, "metric_key")
            ?? throw MlopsException.Invalid("GetMetricHistoryBulk request must specify a metric_key.");
        var runIds = given.Where(id => id.Length > 0).Distinct().ToList();
        var maxResults = WireEnums.MaxResults(WireRequest.QueryInt64(context, "max_results"), BulkMaxResults, BulkMaxResults);
        var points = new List<MetricWithRunIdDto>();
        foreach (var runId in runIds.Order(StringComparer.Ordinal))
        {
            foreach (var m in await tracking.GetMetricHistoryAsync(runId, key, context.RequestAborted))
            {
                points.Add(new MetricWithRunIdDto(m.Key, runId, m.Step, m.Timestamp, m.Value));
            }
        }
        var page = points.Count > maxResults ? points[..maxResults] : points;
        await WireResponse.WriteAsync(context, new BulkMetricHistoryResponse(page.Count == 0 ? null : page),
            MlflowJsonContext.Default.BulkMetricHistoryResponse);
    }
}
