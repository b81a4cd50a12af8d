using Mlops.Core.Errors;

namespace Mlops.Monitoring.Statistics;

/// <summary>First Wasserstein distance between two samples, as SciPy's <c>wasserstein_distance</c> (unweighted).</summary>
public static class WassersteinDistance
{
    /// <summary>Evidently's floor on the reference's standard deviation when norming.</summary>
    public const double MinimumNorm = 0.001;

    public static double Between(ReadOnlySpan<double> u, ReadOnlySpan<double> v) => BetweenSorted(Sorted(u), Sorted(v));

    /// <summary>∫|F_u − F_v| over both samples' sorted values, one merge pass.</summary>
    public static double BetweenSorted(ReadOnlySpan<double> sortedU, ReadOnlySpan<double> sortedV)
    {
        if (sortedU.Length == 0 || sortedV.Length == 0)
            throw MlopsException.Invalid("Wasserstein distance: both samples need at least one value");
        int i = 0, j = 0, n = sortedU.Length, m = sortedV.Length;
        double previous = Math.Min(sortedU[0], sortedV[0]), area = 0;
        while (i < n || j < m)
        {
            double next = j >= m || (i < n && sortedU[i] <= sortedV[j]) ? sortedU[i] : sortedV[j];
            area += Math.Abs((double)i / n - (double)j / m) * (next - previous);
            while (i < n && sortedU[i] == next) i++;
            while (j < m && sortedV[j] == next) j++;
            previous = next;
        }
        return area;
    }

    /// <summary>Distance ÷ max(population std (ddof 0) of the reference, 0.001): Evidently's normed score.</summary>
    public static double Normed(ReadOnlySpan<double> reference, ReadOnlySpan<double> current) =>
        NormedSorted(Sorted(reference), Sorted(current));

    public static double NormedSorted(ReadOnlySpan<double> sortedReference, ReadOnlySpan<double> sortedCurrent) =>
        BetweenSorted(sortedReference, sortedCurrent) / Math.Max(PopulationStd(sortedReference), MinimumNorm);

    /// <summary>Standard deviation with ddof 0 (numpy's default), two-pass for accuracy.</summary>
    public static double PopulationStd(ReadOnlySpan<double> values)
    {
        if (values.Length == 0)
            throw MlopsException.Invalid("standard deviation: the sample is empty");
        double mean = 0;
        foreach (double x in values) mean += x;
        mean /= values.Length;
        double squares = 0;
        foreach (double x in values) squares += (x - mean) * (x - mean);
        return Math.Sqrt(squares / values.Length);
    }

    internal static double[] Sorted(ReadOnlySpan<double> values)
    {
        var copy = values.ToArray();
        for (int i = 0; i < copy.Length; i++)
            if (!double.IsFinite(copy[i]))
                throw MlopsException.Invalid($"value {i} is {copy[i]}; statistics need finite numbers");
        Array.Sort(copy);
        return copy;
    }
}
