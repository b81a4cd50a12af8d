using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Mlops.TrackingServer.Wire;

/// <summary>
/// Writes a JSON value as Python's repr of what <c>json.loads</c> makes of it, because MLflow echoes a bad
/// request value that way ("Invalid value [{'key': 'mae', 'value': 2.5}] for parameter 'metrics' supplied").
/// </summary>
internal static class PythonRepr
{
    public static string Of(JsonElement value)
    {
        var text = new StringBuilder();
        Append(text, value);
        return text.ToString();
    }

    private static void Append(StringBuilder text, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                AppendJoined(text, '{', value.EnumerateObject(), '}', static (t, property) =>
                {
                    AppendString(t, property.Name);
                    t.Append(": ");
                    Append(t, property.Value);
                });
                break;
            case JsonValueKind.Array:
                AppendJoined(text, '[', value.EnumerateArray(), ']', Append);
                break;
            case JsonValueKind.String:
                AppendString(text, value.GetString()!);
                break;
            case JsonValueKind.Number:
                text.Append(Number(value.GetRawText()));
                break;
            case JsonValueKind.True:
                text.Append("True");
                break;
            case JsonValueKind.False:
                text.Append("False");
                break;
            default:
                text.Append("None");
                break;
        }
    }

    /// <summary>Items between brackets, separated by ", " as Python prints a dict or a list.</summary>
    private static void AppendJoined<T>(StringBuilder text, char open, IEnumerable<T> items, char close, Action<StringBuilder, T> appendItem)
    {
        text.Append(open);
        var first = true;
        foreach (var item in items)
        {
            text.Append(first ? "" : ", ");
            first = false;
            appendItem(text, item);
        }
        text.Append(close);
    }

    /// <summary>JSON integers stay ints in Python; anything with a fraction or exponent is a float, shown with ".0" or "e+NN".</summary>
    private static string Number(string raw)
    {
        if (raw.AsSpan().IndexOfAny(".eE") < 0)
        {
            return raw;
        }
        var value = double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }
        var shown = value.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);
        return shown.AsSpan().IndexOfAny(".e") < 0 ? shown + ".0" : shown;
    }

    /// <summary>Single quotes unless the text holds a single quote and no double quote, as Python chooses.</summary>
    private static void AppendString(StringBuilder text, string value)
    {
        var quote = value.Contains('\'') && !value.Contains('"') ? '"' : '\'';
        text.Append(quote);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': text.Append(@"\\"); break;
                case '\n': text.Append(@"\n"); break;
                case '\r': text.Append(@"\r"); break;
                case '\t': text.Append(@"\t"); break;
                default:
                    if (c == quote)
                    {
                        text.Append('\\').Append(c);
                    }
                    else if (c < ' ' || c == '\x7f')
                    {
                        text.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}");
                    }
                    else
                    {
                        text.Append(c);
                    }
                    break;
            }
        }
        text.Append(quote);
    }
}
