using System.Globalization;
using System.Text.RegularExpressions;
using Mlops.Training.Configuration;

namespace Mlops.Training.Init;

/// <summary>Infers one input column's kind, categories or range, and missing-value handling, from its values.</summary>
internal static partial class ColumnInference
{
    private const string OtherLabel = "(other)";
    private static readonly string[][] BooleanPairs = [["true", "false"], ["yes", "no"], ["y", "n"], ["t", "f"], ["0", "1"]];

    public static InferredColumn Infer(ColumnValues values, char delimiter, InitOptions options)
    {
        var (name, counts, n) = (values.Name, values.Counts, values.Present.Count);
        InferredColumn Column(InferredKind kind, string reason) => new(name, kind, values.Missing, counts.Count, reason);
        if (n == 0)
        {
            return Column(InferredKind.Empty, "no value in any row: dropped");
        }
        if (counts.Count == 1)
        {
            return Column(InferredKind.Constant, $"every row holds '{counts[0].Value}': carries nothing to learn from, dropped");
        }
        var impute = values.Missing == 0 ? null : MissingPolicy.MostFrequent;
        if (IsBoolean(counts))
        {
            return Column(InferredKind.Boolean, "two values of a yes/no kind: a categorical column of two") with
            {
                Categories = [.. counts.Select(c => c.Value).Order(StringComparer.Ordinal)], Impute = impute,
            };
        }
        if (values.Numbers(delimiter) is var (numbers, decimalComma))
        {
            if (numbers.Min() == numbers.Max())
            {
                return Column(InferredKind.Constant, $"every row holds the number {NumberText.Format(numbers[0])}: dropped");
            }
            if (IsIdentifier(name, numbers))
            {
                return Column(InferredKind.Identifier, $"{n} distinct whole numbers, one per row, like a row id: dropped");
            }
            return Numeric(Column(InferredKind.Numeric, ""), numbers, options.RangeMargin) with
            {
                DecimalComma = decimalComma, Impute = values.Missing == 0 ? null : MissingPolicy.Median,
            };
        }
        if (values.Present.Count(v => IsDate(v)) >= 0.95 * n)
        {
            return Column(InferredKind.Date, "dates: not used as features by init (expand them into columns yourself), dropped");
        }
        if (counts.Count > options.MaxCategories && counts.Count > 0.5 * n)
        {
            return Column(InferredKind.Identifier, $"text with {counts.Count} distinct values in {n} rows, like names or ids: dropped");
        }
        return Categorical(Column(InferredKind.Categorical, ""), counts, options.MaxCategories) with { Impute = impute };
    }

    private static InferredColumn Numeric(InferredColumn column, double[] numbers, double margin)
    {
        var (min, max) = (numbers.Min(), numbers.Max());
        var span = max - min;
        var step = Math.Pow(10, Math.Floor(Math.Log10(span)) - 2);
        var digits = Math.Max(0, (int)-Math.Log10(step));
        var low = Math.Round(Math.Floor((min - (margin * span)) / step) * step, digits);
        var high = Math.Round(Math.Ceiling((max + (margin * span)) / step) * step, digits);
        if (min >= 0 && low < 0)
        {
            low = 0;
        }
        var percent = (margin * 100).ToString("0.#", CultureInfo.InvariantCulture);
        return column with
        {
            Min = low,
            Max = high,
            Reason = $"observed {NumberText.Format(min)} .. {NumberText.Format(max)}; allowed {NumberText.Format(low)} .. "
                + $"{NumberText.Format(high)} ({percent}% of the span either side{(min >= 0 ? ", not below 0" : "")})",
        };
    }

    private static InferredColumn Categorical(InferredColumn column, List<(string Value, int Count)> counts, int cap)
    {
        if (counts.Count <= cap)
        {
            return column with { Categories = [.. counts.Select(c => c.Value)], Reason = $"{counts.Count} categories" };
        }
        var other = OtherLabel;
        while (counts.Any(c => string.Equals(c.Value, other, StringComparison.OrdinalIgnoreCase)))
        {
            other = $"({other})";
        }
        var rare = counts.Skip(cap).ToList();
        return column with
        {
            Categories = [.. counts.Take(cap).Select(c => c.Value), other],
            Other = other,
            Reason = $"{counts.Count} categories: the {cap} most frequent kept, the other {rare.Count} ({rare.Sum(r => r.Count)} rows) "
                + $"and any new value map to '{other}'",
        };
    }

    private static bool IsBoolean(List<(string Value, int Count)> counts) =>
        counts.Count == 2 && BooleanPairs.Any(pair => counts.All(c => pair.Contains(c.Value, StringComparer.OrdinalIgnoreCase)));

    private static bool IsIdentifier(string name, double[] numbers)
    {
        if (numbers.Length < 20 || numbers.Any(v => v != Math.Floor(v)) || numbers.Distinct().Count() != numbers.Length)
        {
            return false;
        }
        var sorted = numbers.Order().ToArray();
        var consecutive = sorted.Zip(sorted.Skip(1)).All(p => p.Second - p.First == 1);
        return consecutive || IdName().IsMatch(name);
    }

    private static bool IsDate(string value) =>
        value.Any(char.IsAsciiDigit) && value.Length >= 6
        && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out _);

    // "id", "row_no", "customer_id", "Order Key", camelCase "orderId"; not "paid" or "valid".
    [GeneratedRegex(@"^(id|key|uuid|guid|index|row|row_?(id|number|num|no))$|[\s_\-.](id|key|uuid|guid)$|(?-i:[a-z]Id$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IdName();
}
