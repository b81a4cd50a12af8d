using Mlops.Core.Predictions;
using Mlops.Mlflow.Wire.Predictions;
using Mlops.TrackingServer.Wire;

namespace Mlops.TrackingServer.Predictions;

/// <summary>
/// mlops server's own API beside MLflow's: the prediction log and its labels over <see cref="IPredictionLog"/> and
/// <see cref="IPredictionFeedback"/>, so `mlops serve` and `mlops feedback` against this server log and label through it.
/// server-info always answers; the other routes answer 404 when the server has no log (or no labels).
/// </summary>
internal static partial class PredictionsApi
{
    public static IEndpointRouteBuilder MapPredictionsApi(this IEndpointRouteBuilder routes)
    {
        var options = routes.ServiceProvider.GetRequiredService<TrackingServerOptions>();
        var log = options.PredictionLog;
        var feedback = options.PredictionFeedback;
        var info = new MlopsServerInfo(log is not null, feedback is not null, AliasHistory: true, Leases: options.Leases is not null);
        routes.MapGet(MlopsRoutes.ServerInfo, context => WireResponse.WriteAsync(context, info, MlflowJsonContext.Default.MlopsServerInfo));
        routes.MapPost(MlopsRoutes.Append, log is null ? NoLogAsync : context => AppendAsync(context, log));
        routes.MapGet(MlopsRoutes.List, log is null ? NoLogAsync : context => ListAsync(context, log));
        routes.MapPost(MlopsRoutes.Prune, log is null ? NoLogAsync : context => PruneAsync(context, log));
        routes.MapPost(MlopsRoutes.Origins, feedback is null ? NoLabelsAsync : context => OriginsAsync(context, feedback));
        routes.MapPost(MlopsRoutes.Labels, feedback is null ? NoLabelsAsync : context => RecordLabelsAsync(context, feedback));
        routes.MapPost(MlopsRoutes.Labelled, feedback is null ? NoLabelsAsync : context => ListLabelledAsync(context, feedback));
        return routes;
    }

    private static async Task AppendAsync(HttpContext context, IPredictionLog log)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.PredictionBatchDto);
        await log.AppendAsync(PredictionBatchWire.FromDto(request), context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }

    private static async Task ListAsync(HttpContext context, IPredictionLog log)
    {
        var page = await log.ListAsync(PredictionListQuery.Read(context), context.RequestAborted);
        await WireResponse.WriteAsync(context, new PredictionPageDto([.. page.Records.Select(PredictionRecordWire.ToDto)], page.NextPageToken),
            MlflowJsonContext.Default.PredictionPageDto);
    }

    private static async Task PruneAsync(HttpContext context, IPredictionLog log)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.PredictionPruneRequest);
        var result = await log.PruneAsync(PredictionQueryWire.FromDto(request), context.RequestAborted);
        await WireResponse.WriteAsync(context, new PredictionPruneResponse(result.Batches, result.Rows),
            MlflowJsonContext.Default.PredictionPruneResponse);
    }

    private static Task NoLogAsync(HttpContext context) => WireResponse.WriteErrorAsync(context, StatusCodes.Status404NotFound,
        MlflowErrors.EndpointNotFound, "This mlops server has no prediction log: its backend store keeps none. " +
        "Log to a SQLite or PostgreSQL store with --prediction-log-uri instead.");

    private static Task NoLabelsAsync(HttpContext context) => WireResponse.WriteErrorAsync(context, StatusCodes.Status404NotFound,
        MlflowErrors.EndpointNotFound, "This mlops server has no prediction log labels: its backend store keeps none. " +
        "Label a SQLite or PostgreSQL prediction log with --prediction-log-uri instead.");
}
