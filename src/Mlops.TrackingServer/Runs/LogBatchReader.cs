using System.Buffers;
using System.Text.Json;

namespace Mlops.TrackingServer.Runs;

/// <summary>
/// The fast path of runs/log-batch: one forward pass of <see cref="Utf8JsonReader"/> over the request's own buffers
/// straight into <see cref="Metric"/>s, with metric keys shared across points (a batch repeats a few keys many
/// times). It accepts only well-formed bodies within MLflow's limits and answers false on anything else, so the
/// serializer path, which words every error as MLflow does, stays the single source of validation messages.
/// </summary>
internal static partial class LogBatchReader
{
    public const int MaxMetrics = 1000;
    public const int MaxParams = 100;
    public const int MaxTags = 100;

    public static bool TryRead(ReadOnlySequence<byte> body, out LogBatchBody? batch)
    {
        if (body.IsSingleSegment)
        {
            return TryRead(body.FirstSpan, out batch);
        }
        // Utf8JsonReader takes a slower path for every token of a multi-segment body (Kestrel hands ~4 KB segments);
        // one copy of ~80 KB into a pooled buffer costs far less than that.
        var buffer = ArrayPool<byte>.Shared.Rent(checked((int)body.Length));
        try
        {
            body.CopyTo(buffer);
            return TryRead(buffer.AsSpan(0, (int)body.Length), out batch);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool TryRead(ReadOnlySpan<byte> body, out LogBatchBody? batch)
    {
        batch = null;
        try
        {
            var reader = new Utf8JsonReader(body);
            return TryReadObject(ref reader, out batch);
        }
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            // A token of another type than the one asked for (e.g. GetString on a number).
            return false;
        }
    }

    private static bool TryReadObject(ref Utf8JsonReader reader, out LogBatchBody? batch)
    {
        batch = null;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }
        string? runId = null;
        Metric[] metrics = [];
        Dictionary<string, string>? parameters = null;
        Dictionary<string, string>? tags = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (Is(ref reader, "run_id"u8))
            {
                reader.Read();
                runId = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (Is(ref reader, "metrics"u8))
            {
                if (!TryReadMetrics(ref reader, out metrics))
                {
                    return false;
                }
            }
            else if (Is(ref reader, "params"u8))
            {
                if (!TryReadKeyValues(ref reader, MaxParams, out parameters))
                {
                    return false;
                }
            }
            else if (Is(ref reader, "tags"u8))
            {
                if (!TryReadKeyValues(ref reader, MaxTags, out tags))
                {
                    return false;
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        if (reader.TokenType != JsonTokenType.EndObject || reader.Read() || string.IsNullOrEmpty(runId))
        {
            return false;
        }
        batch = new LogBatchBody(runId, metrics, parameters ?? new(StringComparer.Ordinal), tags ?? new(StringComparer.Ordinal));
        return true;
    }

    private static bool TryReadMetrics(ref Utf8JsonReader reader, out Metric[] metrics)
    {
        metrics = [];
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }
        var read = new List<Metric>(MaxMetrics);
        var keys = new MetricKeys();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            if (read.Count == MaxMetrics || !TryReadMetric(ref reader, ref keys, out var metric))
            {
                return false;
            }
            read.Add(metric!);
        }
        metrics = [.. read];
        return reader.TokenType == JsonTokenType.EndArray;
    }

    private static bool TryReadMetric(ref Utf8JsonReader reader, ref MetricKeys keys, out Metric? metric)
    {
        metric = null;
        string? key = null;
        double? value = null;
        long? timestamp = null;
        long step = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (Is(ref reader, "key"u8))
            {
                reader.Read();
                key = keys.Get(ref reader);
            }
            else if (Is(ref reader, "value"u8))
            {
                reader.Read();
                value = ReadDouble(ref reader);
            }
            else if (Is(ref reader, "timestamp"u8))
            {
                reader.Read();
                timestamp = ReadInt64(ref reader);
            }
            else if (Is(ref reader, "step"u8))
            {
                reader.Read();
                var read = ReadInt64(ref reader);
                if (read is null)
                {
                    return false;
                }
                step = read.Value;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        if (reader.TokenType != JsonTokenType.EndObject || string.IsNullOrEmpty(key) || value is null || timestamp is null)
        {
            return false;
        }
        metric = new Metric(key, value.Value, timestamp.Value, step);
        return true;
    }

    /// <summary>Property names compared as raw bytes unless escaped: ValueTextEquals was a tenth of the parse.</summary>
    private static bool Is(ref Utf8JsonReader reader, ReadOnlySpan<byte> name) =>
        reader.HasValueSequence || reader.ValueIsEscaped ? reader.ValueTextEquals(name) : reader.ValueSpan.SequenceEqual(name);
}
