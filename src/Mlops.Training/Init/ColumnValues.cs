using Mlops.Inference.Features;

namespace Mlops.Training.Init;

/// <summary>The present (non-missing) values of one column, counted, with how they parse.</summary>
internal sealed class ColumnValues(string name, List<string> present, int missing)
{
    public string Name => name;
    public List<string> Present => present;
    public int Missing => missing;

    /// <summary>Distinct values, most frequent first (ties in ordinal order), each with its most frequent spelling.</summary>
    // Case variants count as one value: the schema's categories are matched ignoring case.
    public List<(string Value, int Count)> Counts { get; } = [.. present.GroupBy(v => v, StringComparer.OrdinalIgnoreCase)
        .Select(g => (Value: MostFrequentSpelling(g), Count: g.Count()))
        .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal)];

    public static ColumnValues Of(RawCsvTable table, int column)
    {
        var present = new List<string>(table.Rows.Count);
        var missing = 0;
        foreach (var row in table.Rows)
        {
            if (MissingValue.Is(row[column]))
            {
                missing++;
            }
            else
            {
                present.Add(row[column]);
            }
        }
        return new ColumnValues(table.Header[column], present, missing);
    }

    /// <summary>Every present value as a number (decimal comma allowed when the delimiter is not ','), or null.</summary>
    public (double[] Numbers, bool DecimalComma)? Numbers(char delimiter)
    {
        if (Present.Count == 0)
        {
            return null;
        }
        foreach (var decimalComma in delimiter == ',' ? [false] : new[] { false, true })
        {
            var numbers = new double[Present.Count];
            var all = true;
            for (var i = 0; i < numbers.Length && all; i++)
            {
                all = NumberText.TryParse(Present[i], decimalComma, out numbers[i]);
            }
            if (all)
            {
                return (numbers, decimalComma);
            }
        }
        return null;
    }

    private static string MostFrequentSpelling(IEnumerable<string> variants) => variants.GroupBy(v => v, StringComparer.Ordinal)
        .OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
}
