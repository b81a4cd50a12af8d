using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Serving.Models;

namespace Mlops.Serving.Input;

/// <summary>The rules of the model's signature for one value, shared by every body format; messages name the rule broken.</summary>
internal static class ValueRules
{
    public const string MissingMessage = "is required but missing (absent, null or a missing-value marker such as \"\" or \"NA\")";

    /// <summary>Null when <paramref name="value"/> is a finite number inside the column's range, else the error.</summary>
    public static string? CheckNumber(ServedModel m, int column, double value)
    {
        if (!m.Numeric[column])
        {
            return $"expected a string, one of {Categories(m, column)}; got a number";
        }
        if (!double.IsFinite(value))
        {
            return "must be a finite number";
        }
        if (value < m.Min[column] || value > m.Max[column])
        {
            return $"{value.ToString(CultureInfo.InvariantCulture)} is outside the allowed range [{Format(m.Min[column])}, {Format(m.Max[column])}]";
        }
        return null;
    }

    /// <summary>Parses a category (exact, then case-insensitive); NaN for a missing-value marker; null error when valid.</summary>
    public static string? CheckCategory(ServedModel m, int column, ReadOnlySpan<char> text, out double value)
    {
        if (m.Numeric[column])
        {
            value = double.NaN;
            return "expected a number; got a string";
        }
        if (m.Transform.TryParseInput(column, text, out value))
        {
            return null;
        }
        return $"{ErrorText.Quote(text)} is not one of {Categories(m, column)}";
    }

    /// <summary>Parses a CSV-style text value for any column.</summary>
    public static string? CheckText(ServedModel m, int column, ReadOnlySpan<char> text, out double value)
    {
        if (!m.Numeric[column])
        {
            return CheckCategory(m, column, text, out value);
        }
        if (!m.Transform.TryParseInput(column, text, out value))
        {
            return $"{ErrorText.Quote(text)} is not a number";
        }
        return double.IsNaN(value) ? null : CheckNumber(m, column, value);
    }

    public static string WrongType(ServedModel m, int column, string got) => m.Numeric[column]
        ? $"expected a number; got {got}"
        : $"expected a string, one of {Categories(m, column)}; got {got}";

    public static string UnknownField(ServedModel m) => $"is not an input of the model; expected fields: {string.Join(", ", m.Columns)}";

    private static string Categories(ServedModel m, int column) => string.Join(", ", m.Categories[column]);

    private static string Format(double bound) => double.IsFinite(bound) ? bound.ToString(CultureInfo.InvariantCulture) : bound > 0 ? "inf" : "-inf";
}
