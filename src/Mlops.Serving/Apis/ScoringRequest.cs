using System.Diagnostics;
using System.IO.Pipelines;
using Mlops.Core.Predictions;
using Mlops.Serving.AbTesting;
using Mlops.Serving.Input;
using Mlops.Serving.Models;
using Mlops.Serving.PredictionLogging;

namespace Mlops.Serving.Apis;

/// <summary>What every scoring endpoint does the same way: its problem answers, the checks before parsing, the log.</summary>
internal static class ScoringRequest
{
    /// <summary>The problem answers a scoring endpoint can give besides validation.</summary>
    public static RouteHandlerBuilder ProducesScoringProblems(this RouteHandlerBuilder endpoint) => endpoint
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    /// <summary>
    /// Checks in this order: media type (JSON, or CSV too when <paramref name="acceptsCsv"/>), a loaded model, the body
    /// within its limit. Returns the model that parses the body (the control's while an A/B test runs), the routing
    /// table of the running test (null: none) and the whole body, or (Model null) the problem to answer with.
    /// </summary>
    public static async ValueTask<(ServedModel? Model, AbRouting? Routing, ReadResult Body, IResult? Problem)> OpenAsync(
        HttpContext context, ModelHost host, ServingOptions options, bool acceptsCsv = false)
    {
        var request = context.Request;
        if (!RequestBody.IsJson(request.ContentType) && !(acceptsCsv && RequestBody.IsCsv(request.ContentType)))
        {
            return (null, null, default, Problems.UnsupportedMediaType(request.ContentType, acceptsCsv ? "application/json or text/csv" : "application/json"));
        }
        if (host.Current is not { } model)
        {
            return (null, null, default, Problems.NotReady(host));
        }
        var routing = host.Routing;
        return await RequestBody.ReadAsync(request, options.MaxRequestBodyBytes, context.RequestAborted) is { } body
            ? (routing?.Control.Model ?? model, routing, body, null)
            : (null, null, default, Problems.TooLarge(options.MaxRequestBodyBytes));
    }

    /// <summary>
    /// Logs the scored rows of a request; one of more than one row first waits for room (the queue's overload policy),
    /// a single row never does.
    /// </summary>
    public static ValueTask LogRowsAsync(PredictionLogQueue log, ServedModel model, Guid[] ids, long unixMs, double[] values,
        float[] probabilities, int[] predicted, long start, ServingOptions options, CancellationToken ct) =>
        LogRowsAsync(log, model.LogSchema, model.InputCount, ids, unixMs, values, probabilities, predicted, start, options, ct);

    /// <summary>As above, under the log schema of an A/B variant (which carries its assignment).</summary>
    public static async ValueTask LogRowsAsync(PredictionLogQueue log, PredictionSchema schema, int inputCount, Guid[] ids, long unixMs, double[] values,
        float[] probabilities, int[] predicted, long start, ServingOptions options, CancellationToken ct)
    {
        if (!log.Enabled)
        {
            return;
        }
        if (ids.Length > 1)
        {
            await log.WaitForRoomAsync(ids.Length, options.PredictionLogMaxWait, ct);
        }
        log.TryAdd(schema, ids, unixMs, values.AsSpan(0, ids.Length * inputCount), probabilities, predicted,
            Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }
}
