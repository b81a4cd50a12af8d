using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.ObjectPool;
using Mlops.Serving.AbTesting;
using Mlops.Serving.Input;
using Mlops.Serving.Models;
using Mlops.Serving.Output;
using Mlops.Serving.PredictionLogging;

namespace Mlops.Serving.Apis;

public static partial class PredictApi
{
    private const string Records = "records";

    internal static async Task<IResult> PredictBatchAsync(HttpContext context, ModelHost host, ServingOptions options, PredictionLogQueue log,
        ObjectPool<ResponseBuffer> pool, TimeProvider time)
    {
        var start = Stopwatch.GetTimestamp();
        var (model, routing, body, problem) = await ScoringRequest.OpenAsync(context, host, options);
        if (model is null)
        {
            return problem!;
        }
        double[]? rows = null;
        byte[]? copy = null;
        try
        {
            var json = RequestBody.Contiguous(body.Buffer, out copy);
            // The fast reader takes valid bodies; anything else (errors included) is parsed again by the full reader.
            var (count, errors) = json.IsSingleSegment && FastBatchReader.TryRead(json.FirstSpan, model, options.MaxBatchRecords, ref rows, out var fast)
                ? (fast, null)
                : ReadBatch(model, json, options, ref rows);
            if (errors is not null)
            {
                return Problems.Validation(errors);
            }
            var values = rows.AsSpan(0, count * model.InputCount);
            if (routing is not null)
            {
                var scored = AbScoring.ScoreBatch(routing, context.Request, values, count, time);
                var routed = pool.Get();
                PredictionJson.WriteBatch(routed, scored.Route.Model, scored.Ids, scored.Probabilities, scored.Predicted, scored.Route);
                await AbScoring.LogAsync(log, routing, scored, rows!, start, options, context.RequestAborted);
                return new JsonBytesResult(routed, pool);
            }
            var (probabilities, predicted) = BatchScoring.Score(model, values, count);
            var now = time.GetUtcNow().ToUnixTimeMilliseconds();
            var ids = BatchScoring.NewIds(count, now);
            var buffer = pool.Get();
            PredictionJson.WriteBatch(buffer, model, ids, probabilities, predicted);
            await ScoringRequest.LogRowsAsync(log, model, ids, now, rows ?? [], probabilities, predicted, start, options, context.RequestAborted);
            return new JsonBytesResult(buffer, pool);
        }
        catch (Exception e) when (Problems.IsMalformed(e))
        {
            return Problems.Malformed(e);
        }
        finally
        {
            RequestBody.Release(context.Request, body.Buffer);
            if (copy is not null)
            {
                ArrayPool<byte>.Shared.Return(copy);
            }
            if (rows is not null)
            {
                ArrayPool<double>.Shared.Return(rows);
            }
        }
    }

    /// <summary>Parses {"records": [...]} into pooled rows of parsed values; returns the row count or the errors.</summary>
    private static (int Count, FieldErrors? Errors) ReadBatch(ServedModel model, in ReadOnlySequence<byte> body, ServingOptions options,
        ref double[]? rows)
    {
        var reader = new Utf8JsonReader(body);
        FieldErrors? errors = null;
        var max = options.MaxListedErrors;
        if (!reader.Read())
        {
            FieldErrors.Add(ref errors, max, "$", "the body is empty; expected {\"records\": [...]}");
            return (0, errors);
        }
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            FieldErrors.Add(ref errors, max, "$", $"expected an object {{\"records\": [...]}}; got {RecordReader.Describe(reader.TokenType)}");
            reader.Skip();
            reader.Read();
            return (0, errors);
        }
        var width = model.InputCount;
        var count = 0;
        var sawRecords = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (!reader.ValueTextEquals("records"u8) || sawRecords)
            {
                FieldErrors.Add(ref errors, max, reader.GetString() ?? "", sawRecords
                    ? "appears more than once"
                    : "is not a field of a batch request; the only field is records");
                reader.Read();
                reader.Skip();
                continue;
            }
            sawRecords = true;
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                FieldErrors.Add(ref errors, max, Records, $"must be an array of records; got {RecordReader.Describe(reader.TokenType)}");
                reader.Skip();
                continue;
            }
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (count == options.MaxBatchRecords)
                {
                    FieldErrors.Add(ref errors, max, Records, $"holds more than the limit of {options.MaxBatchRecords} records per request");
                }
                if (count >= options.MaxBatchRecords)
                {
                    reader.Skip();
                    count++;
                    continue;
                }
                rows = Rows.Grow(rows, (count + 1) * width);
                RecordReader.ReadObject(ref reader, model, rows.AsSpan(count * width, width), ref errors, max, new FieldPath(Records, count));
                count++;
            }
        }
        reader.Read();
        if (!sawRecords || (count == 0 && errors is null))
        {
            FieldErrors.Add(ref errors, max, Records, "is required: an array of at least one record");
        }
        return (count, errors);
    }
}
