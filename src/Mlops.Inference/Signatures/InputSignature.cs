using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Inference.Features;

namespace Mlops.Inference.Signatures;

/// <summary>
/// The input rules of one model (names, types, categories, ranges, required), compiled once from the schema its
/// package records, with the one set of messages every entry point gives: a JSON record, a JSON body value and a CSV
/// row break the same rule with the same words. A message names the value and the rule; the caller names the field.
/// Immutable and thread-safe.
/// </summary>
public sealed partial class InputSignature
{
    /// <summary>The message for a required field that is absent, null or a missing-value marker.</summary>
    public const string MissingMessage = "is required but missing (absent, null or a missing-value marker such as \"\" or \"NA\")";

    /// <summary>The message for a number that is NaN or infinite, or too large for a double.</summary>
    public const string NotFiniteMessage = "must be a finite number";

    private readonly FeatureTransform transform;
    private readonly string[] categoryLists;
    // Arrays, not the interfaces below: the readers check every number of a request through here.
    private readonly bool[] numeric;
    private readonly double[] min;
    private readonly double[] max;

    public InputSignature(FeatureTransform transform)
    {
        ArgumentNullException.ThrowIfNull(transform);
        this.transform = transform;
        var schema = transform.InputSchema;
        Columns = [.. schema.Select(c => c.Name)];
        Numeric = numeric = [.. schema.Select(c => c.IsNumeric)];
        Required = [.. schema.Select(c => c.Required)];
        Min = min = [.. schema.Select(c => c.Min ?? double.NegativeInfinity)];
        Max = max = [.. schema.Select(c => c.Max ?? double.PositiveInfinity)];
        Categories = [.. schema.Select(c => (c.Categories ?? []).ToArray())];
        categoryLists = [.. Categories.Select(c => string.Join(", ", c))];
        UnknownFieldMessage = $"is not an input of the model; expected fields: {string.Join(", ", Columns)}";
    }

    /// <summary>Input names in the model's order, the order of every parsed row.</summary>
    public IReadOnlyList<string> Columns { get; }
    public IReadOnlyList<bool> Numeric { get; }
    public IReadOnlyList<bool> Required { get; }
    /// <summary>Lower bounds (-∞ when the schema has none).</summary>
    public IReadOnlyList<double> Min { get; }
    /// <summary>Upper bounds (+∞ when the schema has none).</summary>
    public IReadOnlyList<double> Max { get; }
    /// <summary>Allowed categories per input (empty for numeric inputs); a category's parsed value is its index here.</summary>
    public IReadOnlyList<string[]> Categories { get; }
    public int Count => Columns.Count;

    /// <summary>The message for a field the model does not take.</summary>
    public string UnknownFieldMessage { get; }

    /// <summary>The input named exactly <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Null when <paramref name="value"/> (a number in the body) is valid for <paramref name="column"/>, else the message.</summary>
    public string? CheckNumber(int column, double value)
    {
        if (!numeric[column])
        {
            return WrongType(column, "a number");
        }
        if (!double.IsFinite(value))
        {
            return NotFiniteMessage;
        }
        if (value < min[column] || value > max[column])
        {
            return $"{Format(value)} is outside the allowed range [{Format(min[column])}, {Format(max[column])}]";
        }
        return null;
    }

    /// <summary>
    /// Checks a string value of a JSON body: a category, matched exactly then ignoring case; NaN for a missing-value
    /// marker. A numeric input takes numbers only, never strings.
    /// </summary>
    public string? CheckString(int column, ReadOnlySpan<char> text, out double value)
    {
        if (numeric[column])
        {
            value = double.NaN;
            return NotANumber(text);
        }
        return transform.TryParseInput(column, text, out value) ? null : $"{ErrorText.Quote(text)} is not one of {categoryLists[column]}";
    }

    /// <summary>Checks a value given as text whatever the input's type (a CSV cell); NaN for a missing-value marker.</summary>
    public string? CheckText(int column, ReadOnlySpan<char> text, out double value)
    {
        if (!numeric[column])
        {
            return CheckString(column, text, out value);
        }
        if (!transform.TryParseInput(column, text, out value))
        {
            return NotANumber(text);
        }
        return double.IsNaN(value) ? null : CheckNumber(column, value);
    }

    /// <summary>The message for a value of the wrong JSON kind; <paramref name="got"/> describes it ("a boolean", "an array").</summary>
    public string WrongType(int column, string got) => numeric[column]
        ? $"expected a number; got {got}"
        : $"expected one of {categoryLists[column]}; got {got}";

    /// <summary>A parsed value as text again: the canonical category, the round-trip number, "" when missing.</summary>
    public string ToText(int column, double value) =>
        double.IsNaN(value) ? "" : numeric[column] ? value.ToString("R", CultureInfo.InvariantCulture) : Categories[column][(int)value];

    private static string NotANumber(ReadOnlySpan<char> text) => $"expected a number; got {ErrorText.Quote(text)}";

    private static string Format(double number) => double.IsFinite(number)
        ? number.ToString(CultureInfo.InvariantCulture)
        : number > 0 ? "inf" : "-inf";
}
