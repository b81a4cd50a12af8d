using System.Buffers;
using System.Text;
using System.Text.Json;
using Mlops.Core.Predictions;
using Mlops.Monitoring.Feedback;
using Mlops.Serving.Input;
using Mlops.Serving.Models;

namespace Mlops.Serving.Apis;

/// <summary>
/// POST /feedback: the true labels of logged predictions, as JSON (one <c>{"prediction_id", "label", "observed_at"?}</c>
/// or an array) or CSV (<c>prediction_id,label[,observed_at]</c>). 200 with the summary whenever the body parses, even
/// when items were rejected; 400 naming the field when it does not.
/// </summary>
public static class FeedbackApi
{
    public static IEndpointRouteBuilder MapFeedbackApi(this IEndpointRouteBuilder app)
    {
        var feedback = app.MapPost("/feedback", RecordAsync).WithName("Feedback")
            .WithSummary("Records true labels of logged predictions; answers accepted, replaced and rejected (with the reason per item).");
        feedback.Accepts<Dictionary<string, JsonElement>>("application/json", "text/csv").ProducesValidationProblem();
        feedback.Produces(StatusCodes.Status200OK, contentType: "application/json");
        foreach (var status in (int[])[StatusCodes.Status404NotFound, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType])
        {
            feedback.ProducesProblem(status);
        }
        return app;
    }

    internal static async Task<IResult> RecordAsync(HttpContext context, ModelHost host, ServingOptions options, ServingFeedback feedback,
        PredictionLogging.PredictionLogQueue queue)
    {
        var request = context.Request;
        if (feedback.Service is not { } service)
        {
            return TypedResults.Problem("This server has no prediction log (mlops serve --no-prediction-log, or a store without one), " +
                "so there are no predictions to label.", statusCode: StatusCodes.Status404NotFound, title: "Feedback is off.");
        }
        var json = RequestBody.IsJson(request.ContentType);
        if (!json && !RequestBody.IsCsv(request.ContentType))
        {
            return Problems.UnsupportedMediaType(request.ContentType, "application/json or text/csv");
        }
        if (await RequestBody.ReadAsync(request, options.MaxRequestBodyBytes, context.RequestAborted) is not { } read)
        {
            return Problems.TooLarge(options.MaxRequestBodyBytes);
        }
        FeedbackBody body;
        try
        {
            body = json ? FeedbackJson.Read(read.Buffer) : FeedbackCsv.Read(new StringReader(Encoding.UTF8.GetString(read.Buffer)), "the CSV body");
        }
        finally
        {
            RequestBody.Release(request, read.Buffer);
        }
        if (body.Error is { } error)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [error.Field] = [error.Message] }, error.Message,
                title: "Malformed feedback body.");
        }
        if (queue.PendingRows > 0)
        {
            // A label may follow its answer by less than the log's flush interval: without this wait, the prediction
            // this server just answered is not stored yet and its label is refused as an unknown id. Bounded, so a
            // server under constant load still answers.
            await queue.FlushAsync(options.PredictionLogFlushInterval * 10, context.RequestAborted);
        }
        var summary = await service.RecordAsync(body.Items, (origin, _) => ValueTask.FromResult(Classes(host, origin)), context.RequestAborted);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            summary.WriteJson(writer);
        }
        return TypedResults.Bytes(buffer.WrittenMemory.ToArray(), "application/json");
    }

    /// <summary>
    /// The served model's signature answers for its own version; predictions of an earlier version (before a reload)
    /// carry the classes logged with them, which came from that version's signature.
    /// </summary>
    private static IReadOnlyCollection<string>? Classes(ModelHost host, PredictionOrigin origin) =>
        host.Current is { } model && model.Identity.Name == origin.ModelName && model.Identity.Version == origin.ModelVersion
            ? model.Classes
            : origin.LoggedClasses;
}
