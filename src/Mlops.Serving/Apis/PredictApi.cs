using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.ObjectPool;
using Mlops.Serving.AbTesting;
using Mlops.Serving.Apis.Contracts;
using Mlops.Serving.Input;
using Mlops.Serving.Models;
using Mlops.Serving.Output;
using Mlops.Serving.PredictionLogging;

namespace Mlops.Serving.Apis;

/// <summary>
/// POST /predict and POST /predict/batch. The hot path reads the body from the pipe with <see cref="Utf8JsonReader"/>,
/// scores on the model taken once from <see cref="ModelHost"/>, and writes the answer into a pooled buffer.
/// </summary>
public static partial class PredictApi
{
    public static IEndpointRouteBuilder MapPredictApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/predict", PredictAsync)
            .WithName("Predict")
            .WithSummary("Scores one record of the model's input fields.")
            .Accepts<Dictionary<string, JsonElement>>("application/json")
            .Produces<PredictionResponse>()
            .ProducesScoringProblems();
        app.MapPost("/predict/batch", PredictBatchAsync)
            .WithName("PredictBatch")
            .WithSummary("Scores {\"records\": [...]}: one result per record plus a summary.")
            .WithDescription("Each result's probabilities are written with at most 7 decimals (absolute error at most 5e-8, " +
                "below a float's resolution near 1); confidence and mean_confidence keep full float precision.")
            .Accepts<BatchPredictionRequest>("application/json")
            .Produces<BatchPredictionResponse>()
            .ProducesScoringProblems();
        return app;
    }

    internal static async Task<IResult> PredictAsync(HttpContext context, ModelHost host, ServingOptions options, PredictionLogQueue log,
        ObjectPool<ResponseBuffer> pool, TimeProvider time)
    {
        var start = Stopwatch.GetTimestamp();
        var (model, routing, body, problem) = await ScoringRequest.OpenAsync(context, host, options);
        if (model is null)
        {
            return problem!;
        }
        try
        {
            return ScoreOne(model, body.Buffer, options, log, pool, time, start, routing, context.Request);
        }
        catch (Exception e) when (Problems.IsMalformed(e))
        {
            return Problems.Malformed(e);
        }
        finally
        {
            RequestBody.Release(context.Request, body.Buffer);
        }
    }

    private static IResult ScoreOne(ServedModel model, in ReadOnlySequence<byte> body, ServingOptions options, PredictionLogQueue log,
        ObjectPool<ResponseBuffer> pool, TimeProvider time, long start, AbRouting? routing, HttpRequest request)
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read())
        {
            return Problems.Malformed("The body is empty; expected a JSON object of the model's input fields.");
        }
        FieldErrors? errors = null;
        Span<double> values = model.InputCount <= 128 ? stackalloc double[model.InputCount] : new double[model.InputCount];
        string? unit = null;
        RecordReader.ReadObject(ref reader, model, values, ref errors, options.MaxListedErrors, FieldPath.Root, ref unit, acceptsUnit: true);
        reader.Read();
        if (errors is not null)
        {
            return Problems.Validation(errors);
        }
        if (routing is not null)
        {
            return ScoreRouted(routing, request, unit, values, log, pool, time, start);
        }
        Span<float> probabilities = stackalloc float[model.OutputWidth];
        var predicted = model.Model.Predict((ReadOnlySpan<double>)values, probabilities);
        model.PredictionCounters[predicted].Inc();
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var id = PredictionIds.Next(now);
        var buffer = pool.Get();
        PredictionJson.WriteSingle(buffer.Writer, model, id, probabilities, predicted);
        if (log.Enabled)
        {
            log.TryAdd(model, id, now, values, probabilities, predicted,
                Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return new JsonBytesResult(buffer, pool);
    }

    // While an A/B test runs: the unit's variant scores and answers; in shadow mode the control answers and the
    // shadows get the parsed row afterwards.
    private static IResult ScoreRouted(AbRouting routing, HttpRequest request, string? bodyUnit, ReadOnlySpan<double> values, PredictionLogQueue log,
        ObjectPool<ResponseBuffer> pool, TimeProvider time, long start)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var id = PredictionIds.Next(now);
        var route = routing.Assign(UnitKeys.Of(request, bodyUnit, id));
        var model = route.Model;
        Span<float> probabilities = stackalloc float[model.OutputWidth];
        var predicted = model.Model.Predict(values, probabilities);
        model.PredictionCounters[predicted].Inc();
        route.Counter?.Inc();
        var buffer = pool.Get();
        PredictionJson.WriteSingle(buffer.Writer, model, id, probabilities, predicted, route);
        if (log.Enabled)
        {
            log.TryAdd(route.Schema, new ReadOnlySpan<Guid>(in id), now, values, probabilities, new ReadOnlySpan<int>(in predicted),
                Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        routing.Shadow(routing.Shadows.Length > 0 ? [id] : [], now, values);
        return new JsonBytesResult(buffer, pool);
    }
}
