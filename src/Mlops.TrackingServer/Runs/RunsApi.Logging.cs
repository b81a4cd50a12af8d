using System.Buffers;
using Microsoft.AspNetCore.Http;
using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.TrackingServer.Hosting;
using Mlops.TrackingServer.Wire;

namespace Mlops.TrackingServer.Runs;

internal static partial class RunsApi
{
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
        var batch = await WireRequest.ReadAsync(context, ParseLogBatch);
        await state.Tracking.LogBatchAsync(batch.RunId, batch.Metrics, batch.Params, batch.Tags, context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }

    private static LogBatchBody ParseLogBatch(ReadOnlySequence<byte> body) =>
        LogBatchReader.TryRead(body, out var batch) ? batch! : FromRequest(WireRequest.Parse(body, WireJsonContext.Default.LogBatchRequest));

    /// <summary>The validating path for any body the fast reader declines: its errors are MLflow's, in MLflow's order.</summary>
    private static LogBatchBody FromRequest(LogBatchRequest request)
    {
        var runId = WireRequest.Required(request.RunId, "run_id");
        CheckLimit(request.Metrics?.Count ?? 0, LogBatchReader.MaxMetrics, "metrics");
        CheckLimit(request.Params?.Count ?? 0, LogBatchReader.MaxParams, "params");
        CheckLimit(request.Tags?.Count ?? 0, LogBatchReader.MaxTags, "tags");
        var metrics = new Metric[request.Metrics?.Count ?? 0];
        for (var i = 0; i < metrics.Length; i++)
        {
            var m = request.Metrics![i] ?? throw WireRequest.Missing("metrics.key");
            metrics[i] = new Metric(WireRequest.Required(m.Key, "metrics.key"), WireRequest.Required(m.Value, "metrics.value"),
                WireRequest.Required(m.Timestamp, "metrics.timestamp"), m.Step ?? 0);
        }
        return new LogBatchBody(runId, metrics, KeyValues.ToDictionary(request.Params, "params"), KeyValues.ToDictionary(request.Tags, "tags"));
    }

    private static async Task LogInputsAsync(HttpContext context, ServerState state)
    {
        var request = await WireRequest.ReadAsync(context, WireJsonContext.Default.LogInputsRequest);
        var runId = WireRequest.Required(request.RunId, "run_id");
        foreach (var input in request.Datasets ?? [])
        {
            if (input?.Dataset is null)
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
