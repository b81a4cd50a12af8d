using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using Mlops.Core.Tracking;

namespace Mlops.TrackingServer.Runs;

/// <summary>
/// The fast path of runs/log-batch: one forward pass of <see cref="Utf8JsonReader"/> over the request's own buffers
/// straight into <see cref="Metric"/>s, with metric keys shared across points (a batch repeats a few keys many
/// times). It accepts only well-formed bodies within MLflow's limits and answers false on anything else, so the
/// serializer path, which words every error as MLflow does, stays the single source of validation messages.
/// </summary>
internal static class LogBatchReader
{
    public const int MaxMetrics = 1000;
    public const int MaxParams = 100;
    public const int MaxTags = 100;

    public static bool TryRead(ReadOnlySequence<byte> body, out LogBatchBody? batch)
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
            if (reader.ValueTextEquals("run_id"u8))
            {
                reader.Read();
                runId = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("metrics"u8))
            {
                if (!TryReadMetrics(ref reader, out metrics))
                {
                    return false;
                }
            }
            else if (reader.ValueTextEquals("params"u8))
            {
                if (!TryReadKeyValues(ref reader, MaxParams, out parameters))
                {
                    return false;
                }
            }
            else if (reader.ValueTextEquals("tags"u8))
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
            if (reader.ValueTextEquals("key"u8))
            {
                reader.Read();
                key = keys.Get(ref reader);
            }
            else if (reader.ValueTextEquals("value"u8))
            {
                reader.Read();
                value = ReadDouble(ref reader);
            }
            else if (reader.ValueTextEquals("timestamp"u8))
            {
                reader.Read();
                timestamp = ReadInt64(ref reader);
            }
            else if (reader.ValueTextEquals("step"u8))
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

    private static bool TryReadKeyValues(ref Utf8JsonReader reader, int limit, out Dictionary<string, string>? values)
    {
        values = null;
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var count = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            string? key = null;
            var value = "";
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isKey = reader.ValueTextEquals("key"u8);
                var isValue = !isKey && reader.ValueTextEquals("value"u8);
                reader.Read();
                if (isKey || isValue)
                {
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        return false;
                    }
                    if (isKey)
                    {
                        key = reader.GetString();
                    }
                    else
                    {
                        value = reader.GetString()!;
                    }
                }
                else
                {
                    reader.Skip();
                }
            }
            if (string.IsNullOrEmpty(key) || ++count > limit)
            {
                return false;
            }
            result[key] = value;
        }
        values = result;
        return reader.TokenType == JsonTokenType.EndArray;
    }

    /// <summary>A JSON number, or a string holding one or NaN/Infinity/-Infinity as protobuf JSON writes them.</summary>
    private static double? ReadDouble(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.TryGetDouble(out var number) ? number : null;
        }
        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueIsEscaped)
        {
            return null;
        }
        var span = reader.ValueSpan;
        if (span.SequenceEqual("NaN"u8))
        {
            return double.NaN;
        }
        if (span.SequenceEqual("Infinity"u8))
        {
            return double.PositiveInfinity;
        }
        if (span.SequenceEqual("-Infinity"u8))
        {
            return double.NegativeInfinity;
        }
        return Utf8Parser.TryParse(span, out double parsed, out var used) && used == span.Length ? parsed : null;
    }

    private static long? ReadInt64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.TryGetInt64(out var number) ? number : null;
        }
        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueIsEscaped)
        {
            return null;
        }
        var span = reader.ValueSpan;
        return Utf8Parser.TryParse(span, out long parsed, out var used) && used == span.Length ? parsed : null;
    }
}
