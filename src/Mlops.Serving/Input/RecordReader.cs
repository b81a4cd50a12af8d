using System.Text.Json;
using Mlops.Inference.Signatures;
using Mlops.Serving.AbTesting;
using Mlops.Serving.Models;

namespace Mlops.Serving.Input;

/// <summary>
/// Reads one JSON record (an object of input fields) straight from a <see cref="Utf8JsonReader"/> into parsed values,
/// checking it against the model's signature. Allocates only when it reports an error.
/// </summary>
internal static class RecordReader
{
    private const byte Absent = 0;
    private const byte Present = 1;
    private const byte Invalid = 2;

    /// <summary>Reads the object the reader is on (or reports that it is not one and skips it); missing fields become NaN.</summary>
    public static void ReadObject(ref Utf8JsonReader reader, ServedModel m, scoped Span<double> values, ref FieldErrors? errors, int maxErrors,
        FieldPath path)
    {
        string? noUnit = null;
        ReadObject(ref reader, m, values, ref errors, maxErrors, path, ref noUnit, acceptsUnit: false);
    }

    /// <summary>
    /// As above; when <paramref name="acceptsUnit"/>, a field <see cref="UnitKeys.BodyField"/> that is not an input of the
    /// model is taken as the A/B unit key (a string or a number) instead of being refused as an unknown field.
    /// </summary>
    public static void ReadObject(ref Utf8JsonReader reader, ServedModel m, scoped Span<double> values, ref FieldErrors? errors, int maxErrors,
        FieldPath path, ref string? unit, bool acceptsUnit)
    {
        values.Fill(double.NaN);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            FieldErrors.Add(ref errors, maxErrors, path.Self, $"a record must be a JSON object; got {Describe(reader.TokenType)}");
            reader.Skip();
            return;
        }
        Span<byte> state = stackalloc byte[m.InputCount];
        state.Clear();
        var expected = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var column = m.FindColumn(ref reader, expected);
            expected = column + 1;
            if (column < 0 && acceptsUnit && reader.ValueTextEquals(UnitKeys.BodyFieldUtf8))
            {
                reader.Read();
                ReadUnit(ref reader, ref unit, ref errors, maxErrors, path);
                continue;
            }
            if (column < 0)
            {
                FieldErrors.Add(ref errors, maxErrors, path.Of(reader.GetString() ?? ""), m.Signature.UnknownFieldMessage);
                reader.Read();
                reader.Skip();
                continue;
            }
            reader.Read();
            if (state[column] != Absent)
            {
                FieldErrors.Add(ref errors, maxErrors, path.Of(m.Columns[column]), "appears more than once");
                reader.Skip();
                continue;
            }
            var error = ReadValue(ref reader, m, column, out var value);
            if (error is null)
            {
                state[column] = Present;
                values[column] = value;
            }
            else
            {
                state[column] = Invalid;
                FieldErrors.Add(ref errors, maxErrors, path.Of(m.Columns[column]), error);
            }
        }
        for (var i = 0; i < state.Length; i++)
        {
            if (state[i] != Invalid && m.Required[i] && double.IsNaN(values[i]))
            {
                FieldErrors.Add(ref errors, maxErrors, path.Of(m.Columns[i]), InputSignature.MissingMessage);
            }
        }
    }

    private static void ReadUnit(ref Utf8JsonReader reader, ref string? unit, ref FieldErrors? errors, int maxErrors, FieldPath path)
    {
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.Number)
        {
            unit = reader.TokenType == JsonTokenType.String ? reader.GetString() : System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
            return;
        }
        FieldErrors.Add(ref errors, maxErrors, path.Of(UnitKeys.BodyField),
            $"the A/B unit key must be a string or a number; got {Describe(reader.TokenType)}");
        reader.Skip();
    }

    private static string? ReadValue(ref Utf8JsonReader reader, ServedModel m, int column, out double value)
    {
        value = double.NaN;
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (!m.Numeric[column])
                {
                    return m.Signature.WrongType(column, "a number");
                }
                if (!reader.TryGetDouble(out value))
                {
                    return InputSignature.NotFiniteMessage;
                }
                return m.Signature.CheckNumber(column, value);
            case JsonTokenType.String:
                return ReadCategory(ref reader, m, column, out value);
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.True or JsonTokenType.False:
                return m.Signature.WrongType(column, "a boolean");
            default:
                var got = Describe(reader.TokenType);
                reader.Skip();
                return m.Signature.WrongType(column, got);
        }
    }

    private static string? ReadCategory(ref Utf8JsonReader reader, ServedModel m, int column, out double value)
    {
        value = double.NaN;
        // A numeric input has no category names: its string falls through to the signature's message, value quoted.
        var names = m.CategoryNames[column];
        for (var c = 0; c < names.Length; c++)
        {
            if (reader.ValueTextEquals(names[c]))
            {
                value = c;
                return null;
            }
        }
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > 256)
        {
            return m.Signature.CheckString(column, reader.GetString(), out value);
        }
        Span<char> text = stackalloc char[256];
        var written = reader.CopyString(text);
        return m.Signature.CheckString(column, text[..written], out value);
    }

    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
