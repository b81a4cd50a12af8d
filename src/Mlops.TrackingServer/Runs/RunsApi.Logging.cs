using Microsoft.AspNetCore.Http;
using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.TrackingServer.Hosting;
using Mlops.TrackingServer.Wire;

namespace Mlops.TrackingServer.Runs;

internal static partial class RunsApi
{
    private const int MaxBatchMetrics = 1000;
    private const int MaxBatchParams = 100;
    private const int MaxBatchTags = 100;
    private static readonly Dictionary<string, string> NoValues = [];

    private static async Task LogMetricAsync(HttpContext context, ServerState state)
    {
        var request = await WireRequest.ReadAsync(context, WireJsonContext.Default.LogMetricRequest);
        var runId = RunWire.RunId(request.RunId, request.RunUuid);
        var metric = new Metric(WireRequest.Required(request.Key, "key"), WireRequest.Required(request.Value, "value"),
            WireRequest.Required(request.Timestamp, "timestamp"), request.Step ?? 0);
        await state.Tracking.LogBatchAsync(runId, [metric], NoValues, NoValues, context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }

    private static async Task LogParamAsync(HttpContext context, ServerState state)
    {
        var request = await WireRequest.ReadAsync(context, WireJsonContext.Default.LogParamRequest);
        var runId = RunWire.RunId(request.RunId, request.RunUuid);
        var values = new Dictionary<string, string> { [WireRequest.Required(request.Key, "key")] = WireRequest.Required(request.Value, "value") };
        await state.Tracking.LogBatchAsync(runId, [], values, NoValues, context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }

    private static async Task SetTagAsync(HttpContext context, ServerState state)
    {
        var request = await WireRequest.ReadAsync(context, WireJsonContext.Default.LogParamRequest);
        var runId = RunWire.RunId(request.RunId, request.RunUuid);
        var values = new Dictionary<string, string> { [WireRequest.Required(request.Key, "key")] = request.Value ?? "" };
        await state.Tracking.LogBatchAsync(runId, [], NoValues, values, context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }

    private static async Task DeleteTagAsync(HttpContext context, ServerState state)
    {
        var request = await WireRequest.ReadAsync(context, WireJsonContext.Default.DeleteTagRequest);
        await state.Tracking.DeleteTagAsync(WireRequest.Required(request.RunId, "run_id"), WireRequest.Required(request.Key, "key"),
            context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }

    private static async Task LogBatchAsync(HttpContext context, ServerState state)
    {
        var request = await WireRequest.ReadAsync(context, WireJsonContext.Default.LogBatchRequest);
        var runId = WireRequest.Required(request.RunId, "run_id");
        CheckLimit(request.Metrics?.Count ?? 0, MaxBatchMetrics, "metrics");
        CheckLimit(request.Params?.Count ?? 0, MaxBatchParams, "params");
        CheckLimit(request.Tags?.Count ?? 0, MaxBatchTags, "tags");
        var metrics = new Metric[request.Metrics?.Count ?? 0];
        for (var i = 0; i < metrics.Length; i++)
        {
            var m = request.Metrics![i];
            metrics[i] = new Metric(WireRequest.Required(m.Key, "metrics.key"), WireRequest.Required(m.Value, "metrics.value"),
                WireRequest.Required(m.Timestamp, "metrics.timestamp"), m.Step ?? 0);
        }
        var parameters = KeyValues.ToDictionary(request.Params, "params");
        var tags = KeyValues.ToDictionary(request.Tags, "tags");
        await state.Tracking.LogBatchAsync(runId, metrics, parameters, tags, context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }

    private static async Task LogInputsAsync(HttpContext context, ServerState state)
    {
        var request = await WireRequest.ReadAsync(context, WireJsonContext.Default.LogInputsRequest);
        var runId = WireRequest.Required(request.RunId, "run_id");
        foreach (var input in request.Datasets ?? [])
        {
            if (input.Dataset is null)
            {
                throw WireRequest.Missing("datasets.dataset");
            }
            WireRequest.Required(input.Dataset.Name, "dataset.name");
            WireRequest.Required(input.Dataset.Digest, "dataset.digest");
        }
        await state.Inputs.LogAsync(runId, request.Datasets ?? [], context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }

    private static void CheckLimit(int count, int limit, string what)
    {
        if (count > limit)
        {
            throw MlopsException.Invalid(
                $"A batch logging request can contain at most {limit} {what}. Got {count} {what}. " +
                $"Please split up {what} across multiple requests and try again.");
        }
    }
}
