using System.Diagnostics;
using System.IO.Pipelines;
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
    /// within its limit. Returns the model and the whole body, or (Model null) the problem to answer with.
    /// </summary>
    public static async ValueTask<(ServedModel? Model, ReadResult Body, IResult? Problem)> OpenAsync(
        HttpContext context, ModelHost host, ServingOptions options, bool acceptsCsv = false)
    {
        var request = context.Request;
        if (!RequestBody.IsJson(request.ContentType) && !(acceptsCsv && RequestBody.IsCsv(request.ContentType)))
        {
            return (null, default, Problems.UnsupportedMediaType(request.ContentType, acceptsCsv ? "application/json or text/csv" : "application/json"));
        }
        if (host.Current is not { } model)
        {
            return (null, default, Problems.NotReady(host));
        }
        return await RequestBody.ReadAsync(request, options.MaxRequestBodyBytes, context.RequestAborted) is { } body
            ? (model, body, null)
            : (null, default, Problems.TooLarge(options.MaxRequestBodyBytes));
    }

    /// <summary>
    /// Logs the scored rows of a request; one of more than one row first waits for room (the queue's overload policy),
    /// a single row never does.
    /// </summary>
    public static async ValueTask LogRowsAsync(PredictionLogQueue log, ServedModel model, Guid[] ids, long unixMs, double[] values,
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
        log.TryAdd(model, ids, unixMs, values.AsSpan(0, ids.Length * model.InputCount), probabilities, predicted,
            Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }
}
