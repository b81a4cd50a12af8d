using Mlops.Training.Configuration;

namespace Mlops.Training.Data;

/// <summary>Per-column statistics, class distribution and violation counts for the data-quality report.</summary>
internal static class QualityStats
{
    /// <summary>The statistics of the schema columns over the kept <paramref name="rows"/>.</summary>
    public static Dictionary<string, ColumnStats> Columns(PipelineParams p, ValidatedTable table, IReadOnlyList<int> rows)
    {
        var stats = new Dictionary<string, ColumnStats>(StringComparer.Ordinal);
        for (var c = 0; c < table.Rules.Length; c++)
        {
            var name = table.Rules[c].Name;
            if (!p.Schema.Columns.TryGetValue(name, out var schema))
            {
                continue;
            }
            var column = table.Column(c);
            var missing = 0;
            var values = new List<double>(schema.Type == "numeric" ? rows.Count : 0);
            foreach (var row in rows)
            {
                if (double.IsNaN(column[row]))
                {
                    missing++;
                }
                else if (schema.Type == "numeric")
                {
                    values.Add(column[row]);
                }
            }
            if (schema.Type == "numeric")
            {
                stats[name] = values.Count == 0
                    ? new ColumnStats(schema.Type, missing)
                    : new ColumnStats(schema.Type, missing, values.Min(), values.Max(), values.Average());
            }
            else
            {
                stats[name] = new ColumnStats(schema.Type, missing, Counts: Counts(schema.Categories ?? [], table, rows, c));
            }
        }
        return stats;
    }

    /// <summary>How many kept rows hold each allowed value of a categorical or target column (stored as its index).</summary>
    public static Dictionary<string, int> Counts(IReadOnlyList<string> allowed, ValidatedTable table, IReadOnlyList<int> rows, int column)
    {
        var counts = allowed.ToDictionary(a => a, _ => 0, StringComparer.Ordinal);
        var values = table.Column(column);
        var names = table.Rules[column].Allowed;
        foreach (var row in rows)
        {
            if (!double.IsNaN(values[row]))
            {
                counts[names[(int)values[row]]]++;
            }
        }
        return counts;
    }

    public static Dictionary<string, int> CountBy(IEnumerable<DataViolation> violations, Func<DataViolation, string> key) =>
        violations.GroupBy(key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
