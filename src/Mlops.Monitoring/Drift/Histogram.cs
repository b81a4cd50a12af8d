namespace Mlops.Monitoring.Drift;

/// <summary>numpy-style equal-width histograms over the pooled range of two sorted samples.</summary>
internal static class Histogram
{
    /// <summary><paramref name="bins"/> = 0 picks Sturges' count from the pooled size, as numpy's <c>bins="sturges"</c>.</summary>
    public static ValueShares Pooled(ReadOnlySpan<double> sortedReference, ReadOnlySpan<double> sortedCurrent, int bins)
    {
        double low = Math.Min(sortedReference[0], sortedCurrent[0]);
        double high = Math.Max(sortedReference[^1], sortedCurrent[^1]);
        if (bins == 0)
        {
            double width = (high - low) / (Math.Log2(sortedReference.Length + sortedCurrent.Length) + 1);
            bins = width > 0 ? (int)Math.Ceiling((high - low) / width) : 1;
        }
        if (low == high) { low -= 0.5; high += 0.5; }
        var edges = new double[bins + 1];
        double step = (high - low) / bins;
        for (int i = 0; i < bins; i++) edges[i] = low + i * step;
        edges[bins] = high;
        return new ValueShares(Count(sortedReference, edges), Count(sortedCurrent, edges));
    }

    /// <summary>Bin b holds edges[b] ≤ x &lt; edges[b+1]; the last bin also holds its right edge.</summary>
    private static double[] Count(ReadOnlySpan<double> sorted, double[] edges)
    {
        int bins = edges.Length - 1, bin = 0;
        var counts = new double[bins];
        foreach (double x in sorted)
        {
            while (bin < bins - 1 && x >= edges[bin + 1]) bin++;
            counts[bin]++;
        }
        return counts;
    }
}
