using System.Buffers;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.ObjectPool;
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
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    internal static async Task<IResult> InvokeAsync(HttpContext context, ModelHost host, ServingOptions options, PredictionLogQueue log,
        ObjectPool<ResponseBuffer> pool, TimeProvider time)
    {
        var start = Stopwatch.GetTimestamp();
        var request = context.Request;
        var csv = RequestBody.IsCsv(request.ContentType);
        if (!csv && !RequestBody.IsJson(request.ContentType))
        {
            return Problems.UnsupportedMediaType(request.ContentType, "application/json or text/csv");
        }
        if (host.Current is not { } model)
        {
            return Problems.NotReady(host);
        }
        if (await RequestBody.ReadAsync(request, options.MaxRequestBodyBytes, context.RequestAborted) is not { } body)
        {
            return Problems.TooLarge(options.MaxRequestBodyBytes);
        }
        try
        {
            var errors = new FieldErrors(options.MaxListedErrors);
            var (values, rows, probabilities, predicted) = csv ? ScoreCsv(model, body.Buffer, options, errors) : ScoreJson(model, body.Buffer, options, errors);
            if (errors.Count > 0)
            {
                return Problems.Validation(errors);
            }
            var buffer = pool.Get();
            PredictionJson.WriteInvocations(buffer.Writer, model, probabilities, predicted);
            var now = time.GetUtcNow().ToUnixTimeMilliseconds();
            if (log.Enabled && rows > 1)
            {
                await log.WaitForRoomAsync(rows, options.PredictionLogMaxWait, context.RequestAborted);
            }
            BatchScoring.Log(log, model, BatchScoring.NewIds(rows, now), now, values.AsSpan(0, rows * model.InputCount), probabilities,
                predicted, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            return new JsonBytesResult(buffer, pool);
        }
        catch (Exception e) when (Problems.IsMalformed(e))
        {
            return Problems.Malformed(e);
        }
        finally
        {
            RequestBody.Release(request, body.Buffer);
        }
    }

    private static (double[] Values, int Rows, float[] Probabilities, int[] Predicted) ScoreJson(ServedModel model, in ReadOnlySequence<byte> body,
        ServingOptions options, FieldErrors errors)
    {
        var json = RequestBody.Contiguous(body, out var copy);
        double[] values;
        int rows;
        try
        {
            (values, rows) = InvocationJson.Parse(model, json, options, errors);
        }
        finally
        {
            if (copy is not null)
            {
                ArrayPool<byte>.Shared.Return(copy);
            }
        }
        if (errors.Count > 0)
        {
            return ([], 0, [], []);
        }
        var (probabilities, predicted) = BatchScoring.Score(model, values, rows);
        return (values, rows, probabilities, predicted);
    }

    /// <summary>CSV rows are checked by the same signature as JSON, then scored by the same batch path.</summary>
    private static (double[] Values, int Rows, float[] Probabilities, int[] Predicted) ScoreCsv(ServedModel model, in ReadOnlySequence<byte> body,
        ServingOptions options, FieldErrors errors)
    {
        var (values, rows) = InvocationCsv.Parse(model, body, options, errors);
        if (errors.Count > 0)
        {
            return ([], 0, [], []);
        }
        var (probabilities, predicted) = BatchScoring.Score(model, values, rows);
        return (values, rows, probabilities, predicted);
    }
}
