using Mlops.Core.Errors;
using Mlops.Inference.Signatures;

namespace Mlops.Client.Scoring;

/// <summary>Turns one record's fields into the parsed values a model scores, collecting every broken rule.</summary>
internal static class RecordValues
{
    public static double[] Parse(InputSignature signature, IEnumerable<KeyValuePair<string, object?>> fields, string modelUri)
    {
        var values = new double[signature.Count];
        Array.Fill(values, double.NaN);
        var bad = new bool[signature.Count];
        var errors = new List<string>();
        foreach (var (name, value) in fields)
        {
            var column = IndexOf(signature, name);
            if (column < 0)
            {
                errors.Add($"field '{name}' {signature.UnknownFieldMessage}");
                continue;
            }
            if (Check(signature, column, value, out values[column]) is { } message)
            {
                bad[column] = true;
                errors.Add($"field '{signature.Columns[column]}': {message}");
            }
        }
        for (var c = 0; c < signature.Count; c++)
        {
            if (!bad[c] && signature.Required[c] && double.IsNaN(values[c]))
            {
                errors.Add($"field '{signature.Columns[c]}' {InputSignature.MissingMessage}");
            }
        }
        return errors.Count == 0
            ? values
            : throw MlopsException.Invalid($"The record does not fit model {modelUri}: {string.Join("; ", errors)}.");
    }

    private static int IndexOf(InputSignature signature, string name)
    {
        var exact = signature.IndexOf(name);
        if (exact >= 0)
        {
            return exact;
        }
        for (var c = 0; c < signature.Count; c++)
        {
            if (string.Equals(signature.Columns[c], name, StringComparison.OrdinalIgnoreCase))
            {
                return c;
            }
        }
        return -1;
    }

    private static string? Check(InputSignature signature, int column, object? value, out double parsed)
    {
        parsed = double.NaN;
        switch (value)
        {
            case null:
                return null;
            case string text:
                return signature.CheckText(column, text, out parsed);
            case Enum category:
                return signature.CheckText(column, category.ToString(), out parsed);
            case bool:
                return signature.WrongType(column, "a boolean");
            case byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal:
                parsed = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                return signature.CheckNumber(column, parsed);
            default:
                return signature.WrongType(column, $"a {value.GetType().Name}");
        }
    }
}
