using System.Globalization;
using Mlops.Core.Features;
using Mlops.Monitoring.Drift;

namespace Mlops.Lifecycle.Features;

/// <summary>
/// Compares two recorded feature set versions: columns added and removed; per shared column the statistics that moved
/// by more than the tolerance (for mean, min, max and the quartiles: in units of the first version's std, or absolute
/// when it is 0; for the NaN and ones shares: absolute), and monitoring's drift test on the recorded statistics (the
/// 101 percentiles of a numeric column as its sample, the 0/1 counts of an indicator column), chosen by its rules.
/// </summary>
public static class FeatureSetDiff
{
    public const double DefaultTolerance = 0.1;

    public static FeatureSetComparison Compare(FeatureSetVersion from, FeatureSetVersion to, double tolerance = DefaultTolerance,
        DriftOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentOutOfRangeException.ThrowIfNegative(tolerance);
        var before = from.Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var after = to.Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var shared = from.Columns.Where(c => after.ContainsKey(c.Name))
            .Select(c => new FeatureColumnChange(c.Name, Changed(c.Stats, after[c.Name].Stats, tolerance), Drift(c, after[c.Name], options)))
            .ToList();
        return new FeatureSetComparison(from, to, [.. to.Columns.Where(c => !before.ContainsKey(c.Name)).Select(c => c.Name)],
            [.. from.Columns.Where(c => !after.ContainsKey(c.Name)).Select(c => c.Name)], shared, tolerance);
    }

    private static List<string> Changed(FeatureColumnStats a, FeatureColumnStats b, double tolerance)
    {
        var scale = a.Std is > 0 ? a.Std : 1;
        var changed = new List<string>();
        void Scaled(string name, double x, double y)
        {
            if (double.IsNaN(x) != double.IsNaN(y) || Math.Abs(y - x) > tolerance * scale)
            {
                changed.Add($"{name} {Text(x)} -> {Text(y)}");
            }
        }
        void Share(string name, double x, double y)
        {
            if (Math.Abs(y - x) > tolerance)
            {
                changed.Add($"{name} {Text(x)} -> {Text(y)}");
            }
        }
        Scaled("mean", a.Mean, b.Mean);
        Scaled("min", a.Min, b.Min);
        Scaled("max", a.Max, b.Max);
        Scaled("p25", a.Percentile(25), b.Percentile(25));
        Scaled("p50", a.Percentile(50), b.Percentile(50));
        Scaled("p75", a.Percentile(75), b.Percentile(75));
        if (Math.Abs(b.Std - a.Std) > tolerance * scale)
        {
            changed.Add($"std {Text(a.Std)} -> {Text(b.Std)}");
        }
        Share("nan_share", NanShare(a), NanShare(b));
        if (a.OnesShare is { } x && b.OnesShare is { } y)
        {
            Share("ones_share", x, y);
        }
        return changed;
    }

    private static ColumnDrift? Drift(FeatureColumn a, FeatureColumn b, DriftOptions? options)
    {
        var (reference, current) = (Sample(a), Sample(b));
        return reference is null || current is null || reference.Kind != current.Kind ? null : DriftAnalysis.Column(reference, current, options);
    }

    private static DriftColumn? Sample(FeatureColumn column)
    {
        var stats = column.Stats;
        if (stats.Count == 0 || stats.Percentiles.Count == 0)
        {
            return null;
        }
        if (stats.OnesShare is { } share)
        {
            var rows = stats.Count + stats.NanCount;
            var ones = (long)Math.Round(share * rows);
            return DriftColumn.Categorical(column.Name, new Dictionary<string, long>(StringComparer.Ordinal) { ["1"] = ones, ["0"] = rows - ones });
        }
        return DriftColumn.Numeric(column.Name, [.. stats.Percentiles], Math.Max(stats.Count, stats.Percentiles.Count));
    }

    private static double NanShare(FeatureColumnStats s) => s.Count + s.NanCount == 0 ? 0 : (double)s.NanCount / (s.Count + s.NanCount);

    private static string Text(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
