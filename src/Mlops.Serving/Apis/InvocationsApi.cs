using System.Buffers;
using System.Diagnostics;
using Microsoft.Extensions.ObjectPool;
using Mlops.Serving.AbTesting;
using Mlops.Serving.Apis.Contracts;
using Mlops.Serving.Input;
using Mlops.Serving.Models;
using Mlops.Serving.Output;
using Mlops.Serving.PredictionLogging;

namespace Mlops.Serving.Apis;

/// <summary>POST /invocations: MLflow's scoring protocol over the same model and scoring path as /predict/batch.</summary>
public static class InvocationsApi
{
    public static IEndpointRouteBuilder MapInvocationsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/invocations", InvokeAsync)
            .WithName("Invocations")
            .WithSummary("MLflow scoring: dataframe_split, dataframe_records, instances or inputs as JSON, or a text/csv body.")
            .Accepts<Dictionary<string, System.Text.Json.JsonElement>>("application/json", "text/csv")
            .Produces<InvocationsResponse>()
            .ProducesScoringProblems();
        return app;
    }

    internal static async Task<IResult> InvokeAsync(HttpContext context, ModelHost host, ServingOptions options, PredictionLogQueue log,
        ObjectPool<ResponseBuffer> pool, TimeProvider time)
    {
        var start = Stopwatch.GetTimestamp();
        var (model, routing, body, problem) = await ScoringRequest.OpenAsync(context, host, options, acceptsCsv: true);
        if (model is null)
        {
            return problem!;
        }
        try
        {
            var errors = new FieldErrors(options.MaxListedErrors);
            // CSV rows are checked by the same signature as JSON, then scored by the same batch path.
            var (values, rows) = RequestBody.IsCsv(context.Request.ContentType)
                ? InvocationCsv.Parse(model, body.Buffer, options, errors)
                : ParseJson(model, body.Buffer, options, errors);
            if (errors.Count > 0)
            {
                return Problems.Validation(errors);
            }
            if (routing is not null)
            {
                var scored = AbScoring.ScoreBatch(routing, context.Request, values, rows, time);
                var routed = pool.Get();
                PredictionJson.WriteInvocations(routed.Writer, scored.Route.Model, scored.Probabilities, scored.Predicted, scored.Route);
                await AbScoring.LogAsync(log, routing, scored, values, start, options, context.RequestAborted);
                return new JsonBytesResult(routed, pool);
            }
            var (probabilities, predicted) = BatchScoring.Score(model, values, rows);
            var buffer = pool.Get();
            PredictionJson.WriteInvocations(buffer.Writer, model, probabilities, predicted);
            var now = time.GetUtcNow().ToUnixTimeMilliseconds();
            await ScoringRequest.LogRowsAsync(log, model, BatchScoring.NewIds(rows, now), now, values, probabilities, predicted, start, options,
                context.RequestAborted);
            return new JsonBytesResult(buffer, pool);
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

    private static (double[] Values, int Rows) ParseJson(ServedModel model, in ReadOnlySequence<byte> body, ServingOptions options, FieldErrors errors)
    {
        var json = RequestBody.Contiguous(body, out var copy);
        try
        {
            return InvocationJson.Parse(model, json, options, errors);
        }
        finally
        {
            if (copy is not null)
            {
                ArrayPool<byte>.Shared.Return(copy);
            }
        }
    }
}
