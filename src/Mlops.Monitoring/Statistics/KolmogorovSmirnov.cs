using Mlops.Core.Errors;

namespace Mlops.Monitoring.Statistics;

/// <summary>Two-sided two-sample Kolmogorov–Smirnov test with SciPy 1.10 <c>ks_2samp</c> semantics.</summary>
/// <remarks>
/// Ties are handled in the statistic (ECDFs compared after each distinct value); the exact p-value, like SciPy's, is the
/// continuous-case lattice-path probability. Asymptotic: the one-sample distribution kstwo at n = round(n1·n2/(n1+n2)).
/// </remarks>
public static class KolmogorovSmirnov
{
    /// <summary>SciPy's <c>MAX_AUTO_N</c>: auto is exact while both samples have at most this many values.</summary>
    public const int MaxExactAutoSize = 10_000;

    public static StatTestResult TwoSample(ReadOnlySpan<double> reference, ReadOnlySpan<double> current, KsMethod method = KsMethod.Auto) =>
        TwoSampleSorted(WassersteinDistance.Sorted(reference), WassersteinDistance.Sorted(current), method);

    /// <summary>The same test on samples already sorted ascending (sort once, test many windows).</summary>
    public static StatTestResult TwoSampleSorted(ReadOnlySpan<double> sortedReference, ReadOnlySpan<double> sortedCurrent, KsMethod method = KsMethod.Auto)
    {
        int n1 = sortedReference.Length, n2 = sortedCurrent.Length;
        if (n1 == 0 || n2 == 0)
            throw MlopsException.Invalid($"Kolmogorov-Smirnov: the samples have {n1} and {n2} values; both need at least one");
        double d = Statistic(sortedReference, sortedCurrent);
        bool exact = method switch
        {
            KsMethod.Auto => Math.Max(n1, n2) <= MaxExactAutoSize,
            KsMethod.Exact => LatticeFitsInt32(n1, n2),
            _ => false,
        };
        if (exact && TwoSampleExact.TryPValue(n1, n2, d, out double roundedD, out double p))
            return new StatTestResult(roundedD, p);
        double effectiveN = Math.Round((double)n1 * n2 / ((double)n1 + n2), MidpointRounding.ToEven);
        return new StatTestResult(d, KolmogorovDistribution.Survival((int)effectiveN, d));
    }

    /// <summary>sup |F₁ − F₂| over the pooled distinct values.</summary>
    public static double Statistic(ReadOnlySpan<double> sortedReference, ReadOnlySpan<double> sortedCurrent)
    {
        int n1 = sortedReference.Length, n2 = sortedCurrent.Length, i = 0, j = 0;
        double largest = 0, smallest = 0;
        while (i < n1 || j < n2)
        {
            double value = j >= n2 || (i < n1 && sortedReference[i] <= sortedCurrent[j]) ? sortedReference[i] : sortedCurrent[j];
            while (i < n1 && sortedReference[i] <= value) i++;
            while (j < n2 && sortedCurrent[j] <= value) j++;
            double difference = (double)i / n1 - (double)j / n2;
            if (difference > largest) largest = difference;
            if (difference < smallest) smallest = difference;
        }
        return Math.Max(largest, Math.Min(-smallest, 1));
    }

    private static bool LatticeFitsInt32(int n1, int n2)
    {
        int g = (int)System.Numerics.BigInteger.GreatestCommonDivisor(n1, n2);
        return (double)(n1 / g) < int.MaxValue / (double)(n2 / g);
    }
}
