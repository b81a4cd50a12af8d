namespace Mlops.Monitoring.Drift;

/// <summary>Reference and current counts aligned on the same bins or values, the input of chi-square, z, JS and PSI.</summary>
internal sealed class ValueShares(double[] reference, double[] current, string? firstKeyLabel = null)
{
    public double[] Reference { get; } = reference;
    public double[] Current { get; } = current;
    public string? FirstKeyLabel { get; } = firstKeyLabel;
    public int Count => Reference.Length;

    /// <summary>One slot per distinct value of either column (numeric values compared exactly, categories ordinally).</summary>
    public static ValueShares ByValue(DriftColumn reference, DriftColumn current) =>
        reference.Kind == ColumnKind.Numeric ? ByNumericValue(reference.SortedValues, current.SortedValues) : ByCategory(reference, current);

    public static int DistinctValues(DriftColumn reference, DriftColumn current) =>
        reference.Kind == ColumnKind.Numeric ? CountDistinct(reference.SortedValues, current.SortedValues) : ByCategory(reference, current).Count;

    private static ValueShares ByCategory(DriftColumn reference, DriftColumn current)
    {
        var keys = reference.Categories.Union(current.Categories).Order(StringComparer.Ordinal).ToArray();
        var referenceCounts = new double[keys.Length];
        var currentCounts = new double[keys.Length];
        Fill(reference, keys, referenceCounts);
        Fill(current, keys, currentCounts);
        return new ValueShares(referenceCounts, currentCounts, keys.Length == 0 ? null : keys[0]);
    }

    private static void Fill(DriftColumn column, string[] keys, double[] into)
    {
        for (int i = 0; i < column.Categories.Count; i++)
            into[Array.BinarySearch(keys, column.Categories[i], StringComparer.Ordinal)] = column.Counts[i];
    }

    private static ValueShares ByNumericValue(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int distinct = CountDistinct(a, b);
        var first = new double[distinct];
        var second = new double[distinct];
        int i = 0, j = 0, slot = -1;
        double last = double.NaN;
        while (i < a.Length || j < b.Length)
        {
            bool fromA = j >= b.Length || (i < a.Length && a[i] <= b[j]);
            double value = fromA ? a[i] : b[j];
            if (slot < 0 || value != last) { slot++; last = value; }
            if (fromA) { first[slot]++; i++; } else { second[slot]++; j++; }
        }
        return new ValueShares(first, second);
    }

    private static int CountDistinct(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int i = 0, j = 0, distinct = 0;
        double last = double.NaN;
        while (i < a.Length || j < b.Length)
        {
            double value = j >= b.Length || (i < a.Length && a[i] <= b[j]) ? a[i++] : b[j++];
            if (distinct == 0 || value != last) { distinct++; last = value; }
        }
        return distinct;
    }
}
