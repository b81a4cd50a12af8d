using System.Globalization;
using Mlops.Training.Configuration;

namespace Mlops.Training.Data;

/// <summary>Per-column statistics, class distribution and violation counts for the data-quality report.</summary>
internal static class QualityStats
{
    public static Dictionary<string, ColumnStats> Columns(PipelineParams p, IReadOnlyList<string> columns, IReadOnlyList<string[]> rows)
    {
        var stats = new Dictionary<string, ColumnStats>(StringComparer.Ordinal);
        for (var c = 0; c < columns.Count; c++)
        {
            if (!p.Schema.Columns.TryGetValue(columns[c], out var schema))
            {
                continue;
            }
            var missing = rows.Count(r => r[c].Length == 0);
            if (schema.Type == "numeric")
            {
                var values = rows.Where(r => r[c].Length > 0)
                    .Select(r => double.Parse(r[c], NumberStyles.Float, CultureInfo.InvariantCulture)).ToList();
                stats[columns[c]] = values.Count == 0
                    ? new ColumnStats(schema.Type, missing)
                    : new ColumnStats(schema.Type, missing, values.Min(), values.Max(), values.Average());
            }
            else
            {
                stats[columns[c]] = new ColumnStats(schema.Type, missing, Counts: Counts(schema.Categories ?? [], rows, c));
            }
        }
        return stats;
    }

    public static Dictionary<string, int> Counts(IReadOnlyList<string> allowed, IReadOnlyList<string[]> rows, int column)
    {
        var counts = allowed.ToDictionary(a => a, _ => 0, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (counts.TryGetValue(row[column], out var n))
            {
                counts[row[column]] = n + 1;
            }
        }
        return counts;
    }

    public static Dictionary<string, int> CountBy(IEnumerable<DataViolation> violations, Func<DataViolation, string> key) =>
        violations.GroupBy(key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
