using Mlops.Core.Registry;
using Mlops.Mlflow.Wire.Registry;
using Mlops.TrackingServer.Wire;

namespace Mlops.TrackingServer.Registry;

/// <summary>
/// mlops server's alias audit trail over <see cref="IModelRegistry"/>: the compare-and-set move runs in the server's
/// store transaction, so clients of one server never crown over each other, and every move is kept with who and why.
/// </summary>
internal static class AliasMovesApi
{
    public static IEndpointRouteBuilder MapAliasMovesApi(this IEndpointRouteBuilder routes)
    {
        var registry = routes.ServiceProvider.GetRequiredService<IModelRegistry>();
        routes.MapPost(Mlflow.Wire.Predictions.MlopsRoutes.AliasMove, context => MoveAsync(context, registry));
        routes.MapGet(Mlflow.Wire.Predictions.MlopsRoutes.AliasHistory, context => HistoryAsync(context, registry));
        return routes;
    }

    private static async Task MoveAsync(HttpContext context, IModelRegistry registry)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.AliasMoveRequest);
        var note = new AliasChangeNote(WireRequest.Required(request.Actor, "actor"), request.Reason ?? "");
        var moved = await registry.MoveAliasAsync(WireRequest.Required(request.Name, "name"), WireRequest.Required(request.Alias, "alias"),
            request.ToVersion, request.ExpectedCurrent, note, context.RequestAborted);
        await WireResponse.WriteAsync(context, new AliasMoveResponse(moved), MlflowJsonContext.Default.AliasMoveResponse);
    }

    private static async Task HistoryAsync(HttpContext context, IModelRegistry registry)
    {
        var moves = await registry.ListAliasMovesAsync(WireRequest.Required(WireRequest.Query(context, "name"), "name"),
            WireRequest.Query(context, "alias"), context.RequestAborted);
        await WireResponse.WriteAsync(context, new AliasHistoryResponse([.. moves.Select(ToDto)]), MlflowJsonContext.Default.AliasHistoryResponse);
    }

    private static AliasMoveDto ToDto(AliasMove m) =>
        new(m.ModelName, m.Alias, m.FromVersion, m.ToVersion, m.Actor, m.Reason, m.At.ToUnixTimeMilliseconds());
}
