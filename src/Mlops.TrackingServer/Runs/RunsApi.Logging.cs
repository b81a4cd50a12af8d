using System.Buffers;

namespace Mlops.TrackingServer.Runs;

internal static partial class RunsApi
{
    private static readonly Dictionary<string, string> NoValues = [];

    private static async Task LogMetricAsync(HttpContext context, ITrackingStore tracking)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.LogMetricRequest);
        var runId = RunWire.RunId(request.RunId, request.RunUuid);
        var metric = new Metric(WireRequest.Required(request.Key, "key"), WireRequest.Required(request.Value, "value"),
            WireRequest.Required(request.Timestamp, "timestamp"), request.Step ?? 0);
        await tracking.LogBatchAsync(runId, [metric], NoValues, NoValues, context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }

    /// <summary>
    /// log-parameter and set-tag: one key and value through the batch write. An empty or missing value is the empty
    /// string, as in MLflow (protobuf's default) and as log-batch takes it.
    /// </summary>
    private static async Task LogKeyValueAsync(HttpContext context, ITrackingStore tracking, bool asTag)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.RunKeyValueRequest);
        var runId = RunWire.RunId(request.RunId, request.RunUuid);
        var values = new Dictionary<string, string> { [WireRequest.Required(request.Key, "key")] = request.Value ?? "" };
        await tracking.LogBatchAsync(runId, [], asTag ? NoValues : values, asTag ? values : NoValues, context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }

    private static async Task DeleteTagAsync(HttpContext context, ITrackingStore tracking)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.DeleteTagRequest);
        await tracking.DeleteTagAsync(WireRequest.Required(request.RunId, "run_id"), WireRequest.Required(request.Key, "key"),
            context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }

    private static async Task LogBatchAsync(HttpContext context, ITrackingStore tracking)
    {
        var batch = await WireRequest.ReadAsync(context, ParseLogBatch);
        await tracking.LogBatchAsync(batch.RunId, batch.Metrics, batch.Params, batch.Tags, context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }

    private static LogBatchBody ParseLogBatch(ReadOnlySequence<byte> body) =>
        LogBatchReader.TryRead(body, out var batch) ? batch! : FromRequest(WireRequest.Parse(body, MlflowJsonContext.Default.LogBatchRequest), body);

    /// <summary>The validating path for any body the fast reader declines: its errors are MLflow's, in MLflow's order.</summary>
    private static LogBatchBody FromRequest(LogBatchRequest request, ReadOnlySequence<byte> body)
    {
        var runId = WireRequest.Required(request.RunId, "run_id");
        CheckLimit(request.Metrics?.Count ?? 0, LogBatchReader.MaxMetrics, "metrics");
        CheckLimit(request.Params?.Count ?? 0, LogBatchReader.MaxParams, "params");
        CheckLimit(request.Tags?.Count ?? 0, LogBatchReader.MaxTags, "tags");
        var metrics = new Metric[request.Metrics?.Count ?? 0];
        for (var i = 0; i < metrics.Length; i++)
        {
            // MLflow refuses the whole list, shown as Python prints it, when any metric lacks key, value or timestamp.
            var m = request.Metrics![i];
            if (m is null || string.IsNullOrEmpty(m.Key) || m.Value is null || m.Timestamp is null)
            {
                throw WireSchema.InvalidList(body, "metrics");
            }
            metrics[i] = new Metric(m.Key, m.Value.Value, m.Timestamp.Value, m.Step ?? 0);
        }
        CheckKeys(request.Params, body, "params");
        CheckKeys(request.Tags, body, "tags");
        return new LogBatchBody(runId, metrics, KeyValues.ToDictionary(request.Params, "params"), KeyValues.ToDictionary(request.Tags, "tags"));
    }

    private static void CheckKeys(List<KeyValueDto>? values, ReadOnlySequence<byte> body, string parameter)
    {
        if (values is not null && values.Exists(item => item is null || string.IsNullOrEmpty(item.Key)))
        {
            throw WireSchema.InvalidList(body, parameter);
        }
    }

    private static async Task LogInputsAsync(HttpContext context, RunInputs runInputs)
    {
        var request = await WireRequest.ReadAsync(context,
            body => WireSchema.ParseRequiredFirst(body, MlflowJsonContext.Default.LogInputsRequest, "run_id", "datasets"));
        var runId = WireRequest.Required(request.RunId, "run_id");
        var datasets = request.Datasets ?? throw WireRequest.Missing("datasets");
        foreach (var input in datasets)
        {
            if (input?.Dataset is null)
            {
                throw WireRequest.Missing("datasets.dataset");
            }
            WireRequest.Required(input.Dataset.Name, "dataset.name");
            WireRequest.Required(input.Dataset.Digest, "dataset.digest");
        }
        await runInputs.LogAsync(runId, datasets, context.RequestAborted);
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
