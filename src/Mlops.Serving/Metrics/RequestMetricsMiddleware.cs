using System.Diagnostics;

namespace Mlops.Serving.Metrics;

/// <summary>Counts every request by route template and status and records its duration; runs after routing.</summary>
internal static class RequestMetricsMiddleware
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next, ServingMetrics metrics)
    {
        var start = Stopwatch.GetTimestamp();
        var failed = true;
        try
        {
            await next(context);
            failed = false;
        }
        finally
        {
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched";
            metrics.ObserveRequest(route, failed ? StatusCodes.Status500InternalServerError : context.Response.StatusCode,
                Stopwatch.GetElapsedTime(start));
        }
    }
}
