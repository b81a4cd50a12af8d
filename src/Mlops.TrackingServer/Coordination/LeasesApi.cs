using Mlops.Core.Coordination;
using Mlops.Mlflow.Wire.Coordination;
using Mlops.TrackingServer.Wire;

namespace Mlops.TrackingServer.Coordination;

/// <summary>
/// mlops server's leases over its store's <see cref="ILeaseStore"/>, so processes on several machines that share this
/// server take turns (one `mlops retrain` per model). Expiry runs on the server's clock. Without a lease store the routes
/// answer 404 and server-info says there is none.
/// </summary>
internal static class LeasesApi
{
    public static IEndpointRouteBuilder MapLeasesApi(this IEndpointRouteBuilder routes)
    {
        var leases = routes.ServiceProvider.GetRequiredService<TrackingServerOptions>().Leases;
        routes.MapPost(Mlflow.Wire.Predictions.MlopsRoutes.LeaseAcquire, leases is null ? NoLeasesAsync : context => AcquireAsync(context, leases));
        routes.MapPost(Mlflow.Wire.Predictions.MlopsRoutes.LeaseRenew, leases is null ? NoLeasesAsync : context => RenewAsync(context, leases));
        routes.MapPost(Mlflow.Wire.Predictions.MlopsRoutes.LeaseRelease, leases is null ? NoLeasesAsync : context => ReleaseAsync(context, leases));
        routes.MapGet(Mlflow.Wire.Predictions.MlopsRoutes.LeaseGet, leases is null ? NoLeasesAsync : context => GetAsync(context, leases));
        return routes;
    }

    private static async Task AcquireAsync(HttpContext context, ILeaseStore leases)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.LeaseRequest);
        var lease = await leases.TryAcquireAsync(WireRequest.Required(request.Name, "name"), WireRequest.Required(request.Holder, "holder"),
            Duration(request), context.RequestAborted);
        await WriteAsync(context, lease);
    }

    private static async Task RenewAsync(HttpContext context, ILeaseStore leases)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.LeaseRequest);
        await WriteAsync(context, await leases.RenewAsync(Held(request), Duration(request), context.RequestAborted));
    }

    private static async Task ReleaseAsync(HttpContext context, ILeaseStore leases)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.LeaseRequest);
        await leases.ReleaseAsync(Held(request), context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }

    private static async Task GetAsync(HttpContext context, ILeaseStore leases) =>
        await WriteAsync(context, await leases.FindAsync(WireRequest.Required(WireRequest.Query(context, "name"), "name"), context.RequestAborted));

    private static Lease Held(LeaseRequest request) => LeaseWire.FromDto(request.Lease ?? throw Core.Errors.MlopsException.Invalid(
        "Missing value for required parameter 'lease'."));

    private static TimeSpan Duration(LeaseRequest request) =>
        TimeSpan.FromMilliseconds(WireRequest.Required(request.DurationMs, "duration_ms"));

    private static Task WriteAsync(HttpContext context, Lease? lease) => WireResponse.WriteAsync(context,
        new LeaseResponse(lease is null ? null : LeaseWire.ToDto(lease)), MlflowJsonContext.Default.LeaseResponse);

    private static Task NoLeasesAsync(HttpContext context) => WireResponse.WriteErrorAsync(context, StatusCodes.Status404NotFound,
        MlflowErrors.EndpointNotFound, "This mlops server keeps no leases: its backend store has none. Use a SQLite or PostgreSQL store.");
}
