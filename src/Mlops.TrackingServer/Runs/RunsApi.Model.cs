using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mlops.TrackingServer.Runs;

internal static partial class RunsApi
{
    /// <summary>The run tag MLflow appends every logged model's MLmodel document to, as one JSON array.</summary>
    public const string LoggedModelsTag = "mlflow.log-model.history";

    private static readonly string[] ModelFields = ["artifact_path", "flavors", "utc_time_created", "run_id"];

    /// <summary>
    /// runs/log-model as MLflow 2.10.2's record_logged_model: the model (top-level nulls dropped, as Model.to_dict does)
    /// is appended to the run's history tag, which then obeys the run tag length limit.
    /// </summary>
    private static async Task LogModelAsync(HttpContext context, ITrackingStore tracking)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.LogModelRequest);
        var runId = WireRequest.Required(request.RunId, "run_id");
        var model = ParseModel(WireRequest.Required(request.ModelJson, "model_json"));
        var run = await tracking.GetRunAsync(runId, context.RequestAborted);
        var history = run.Tags.TryGetValue(LoggedModelsTag, out var previous) && TryParseArray(previous) is { } array ? array : [];
        history.Add(model);
        var tags = new Dictionary<string, string> { [LoggedModelsTag] = ToJson(history) };
        await tracking.LogBatchAsync(runId, [], NoValues, tags, context.RequestAborted);
        await WireResponse.WriteEmptyAsync(context);
    }

    private static JsonObject ParseModel(string modelJson)
    {
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(modelJson);
        }
        catch (JsonException)
        {
            parsed = null;
        }
        if (parsed is not JsonObject model)
        {
            throw MlopsException.Invalid($"Malformed model info. \n {modelJson} \n is not a valid JSON.");
        }
        var missing = ModelFields.Where(field => !model.ContainsKey(field)).ToList();
        if (missing.Count > 0)
        {
            throw MlopsException.Invalid($"Model json is missing mandatory fields: {{{string.Join(", ", missing.Select(f => $"'{f}'"))}}}");
        }
        foreach (var key in model.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            model.Remove(key);
        }
        return model;
    }

    private static JsonArray? TryParseArray(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonArray;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string ToJson(JsonArray history)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            history.WriteTo(writer);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
