using Mlops.Core.Registry;
using Mlops.TrackingServer.Artifacts;
using Mlops.TrackingServer.Coordination;
using Mlops.TrackingServer.Experiments;
using Mlops.TrackingServer.Metrics;
using Mlops.TrackingServer.Predictions;
using Mlops.TrackingServer.Registry;
using Mlops.TrackingServer.Runs;

namespace Mlops.TrackingServer;

/// <summary>
/// The MLflow tracking API as a service registration plus endpoints, so other endpoints (a web UI) can be mounted in
/// the same app and resolve the same stores from dependency injection.
/// </summary>
public static class MlflowTrackingExtensions
{
    private static readonly string[] ApiPrefixes = [MlflowRoutes.Api, MlflowRoutes.AjaxApi];

    /// <summary>
    /// Registers the options, the three stores, the clock and the server's artifact locations as singletons; the
    /// artifacts destination is checked here, so a bad one fails the build of the app, not the first request.
    /// </summary>
    public static IServiceCollection AddMlflowTracking(this IServiceCollection services, TrackingServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddSingleton(options.Tracking);
        services.AddSingleton(options.Registry);
        services.AddSingleton(options.Artifacts);
        services.AddSingleton(options.Time);
        services.AddSingleton(new ArtifactLocations(options.ArtifactsDestination, options.ProxyArtifacts));
        services.AddSingleton<RunInputs>();
        return services;
    }

    /// <summary>
    /// Maps /health, /version, the REST API under /api/2.0/mlflow and /ajax-api/2.0/mlflow, mlops' prediction log
    /// under /api/2.0/mlops and /ajax-api/2.0/mlops, the artifact proxy and the root artifact routes. Each endpoint group takes its services once here, never per request.
    /// </summary>
    public static IEndpointRouteBuilder MapMlflowTracking(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.MapGet("/health", context => WritePlainAsync(context, "OK"));
        routes.MapGet("/version", context => WritePlainAsync(context, TrackingServerApp.MlflowVersion));
        foreach (var prefix in ApiPrefixes)
        {
            routes.MapGroup(prefix)
                .MapExperimentsApi()
                .MapRunsApi()
                .MapMetricsApi()
                .MapArtifactsApi()
                .MapRegisteredModelsApi()
                .MapModelVersionsApi();
        }
        routes.MapGroup(Mlflow.Wire.Predictions.MlopsRoutes.Prefix).MapPredictionsApi().MapAliasMovesApi().MapLeasesApi();
        routes.MapGroup(Mlflow.Wire.Predictions.MlopsRoutes.AjaxPrefix).MapPredictionsApi().MapAliasMovesApi().MapLeasesApi();
        routes.MapArtifactProxyApi();
        routes.MapModelVersionArtifactRoute();
        return routes;
    }

    private static Task WritePlainAsync(HttpContext context, string text)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text, context.RequestAborted);
    }
}
