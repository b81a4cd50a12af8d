using System.Text.Json;
using Mlops.Inference.Signatures;
using Mlops.Serving.Models;

namespace Mlops.Serving.Input;

/// <summary>Checks values held in a parsed <see cref="JsonDocument"/> (the /invocations forms) with the same rules as <see cref="RecordReader"/>.</summary>
internal static class ElementRecords
{
    /// <summary>Reads one {field: value} object into <paramref name="values"/> (NaN for absent).</summary>
    public static void ReadObject(JsonElement record, ServedModel m, Span<double> values, FieldErrors errors, FieldPath path)
    {
        values.Fill(double.NaN);
        if (record.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path.Self, $"a record must be a JSON object; got {Describe(record.ValueKind)}");
            return;
        }
        Span<bool> seen = stackalloc bool[m.InputCount];
        Span<bool> invalid = stackalloc bool[m.InputCount];
        seen.Clear();
        invalid.Clear();
        foreach (var property in record.EnumerateObject())
        {
            var column = m.FindColumn(property.Name);
            if (column < 0)
            {
                errors.Add(path.Of(property.Name), m.Signature.UnknownFieldMessage);
                continue;
            }
            if (seen[column])
            {
                errors.Add(path.Of(property.Name), "appears more than once");
                continue;
            }
            seen[column] = true;
            if (!TrySet(property.Value, m, column, values, errors, path.Of(m.Columns[column])))
            {
                invalid[column] = true;
            }
        }
        CheckMissing(m, values, invalid, errors, path);
    }

    /// <summary>Sets one value; false (and an error at <paramref name="field"/>) when it breaks a rule.</summary>
    public static bool TrySet(JsonElement value, ServedModel m, int column, Span<double> values, FieldErrors errors, string field)
    {
        string? error;
        var parsed = double.NaN;
        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                error = value.TryGetDouble(out parsed) ? m.Signature.CheckNumber(column, parsed) : InputSignature.NotFiniteMessage;
                break;
            case JsonValueKind.String:
                error = m.Signature.CheckString(column, value.GetString(), out parsed);
                break;
            case JsonValueKind.Null:
                error = null;
                break;
            default:
                error = m.Signature.WrongType(column, Describe(value.ValueKind));
                break;
        }
        if (error is not null)
        {
            errors.Add(field, error);
            return false;
        }
        values[column] = parsed;
        return true;
    }

    public static void CheckMissing(ServedModel m, ReadOnlySpan<double> values, ReadOnlySpan<bool> invalid, FieldErrors errors, FieldPath path)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!invalid[i] && m.Required[i] && double.IsNaN(values[i]))
            {
                errors.Add(path.Of(m.Columns[i]), InputSignature.MissingMessage);
            }
        }
    }

    // JsonValueKind's values in order (Undefined, Object, Array, String, Number, True, False, Null) as the reader's tokens,
    // so both readers describe a wrong value in the same words.
    private static readonly JsonTokenType[] TokenOfKind =
        [JsonTokenType.None, JsonTokenType.StartObject, JsonTokenType.StartArray, JsonTokenType.String, JsonTokenType.Number,
            JsonTokenType.True, JsonTokenType.False, JsonTokenType.Null];

    public static string Describe(JsonValueKind kind) => RecordReader.Describe(TokenOfKind[(int)kind]);
}
