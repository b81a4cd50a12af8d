using System.Buffers.Text;
using System.Text.Json;

namespace Mlops.TrackingServer.Runs;

internal static partial class LogBatchReader
{
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
                var isKey = Is(ref reader, "key"u8);
                var isValue = !isKey && Is(ref reader, "value"u8);
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
        if (!TryPlainString(ref reader, out var span))
        {
            return null;
        }
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
        return TryPlainString(ref reader, out var span) && Utf8Parser.TryParse(span, out long parsed, out var used) && used == span.Length
            ? parsed
            : null;
    }

    /// <summary>A string token's bytes when they can be parsed in place: unescaped and in one buffer segment.</summary>
    private static bool TryPlainString(ref Utf8JsonReader reader, out ReadOnlySpan<byte> span)
    {
        var plain = reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped;
        span = plain ? reader.ValueSpan : default;
        return plain;
    }
}
