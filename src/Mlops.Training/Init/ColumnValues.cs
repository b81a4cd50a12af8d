using Mlops.Inference.Features;

namespace Mlops.Training.Init;

/// <summary>The present (non-missing) values of one column, counted, with how they parse.</summary>
internal sealed class ColumnValues
{
    private ColumnValues(string name, List<string> present, int missing)
    {
        Name = name;
        Present = present;
        Missing = missing;
        // Case variants count as one value: the schema's categories are matched ignoring case.
        Counts = present.GroupBy(v => v, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Value: g.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key,
                Count: g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal)
            .ToList();
    }

    public string Name { get; }
    public List<string> Present { get; }
    public int Missing { get; }
    /// <summary>Distinct values, most frequent first (ties in ordinal order), each with its most frequent spelling.</summary>
    public List<(string Value, int Count)> Counts { get; }

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
}
