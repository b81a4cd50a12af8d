using Mlops.Core.Errors;

namespace Mlops.Monitoring.Statistics;

/// <summary>Population stability index Σ (r − c)·ln(r / c) over bin shares, with Evidently's rule for empty bins.</summary>
public static class PopulationStabilityIndex
{
    /// <summary>The share Evidently gives an empty bin (unless the smallest non-empty share is at most this).</summary>
    public const double EmptyBinShare = 0.0001;

    /// <summary>PSI of shares that are all positive (fill empty bins with <see cref="FillEmptyBins"/> first).</summary>
    public static double FromShares(ReadOnlySpan<double> referenceShares, ReadOnlySpan<double> currentShares)
    {
        if (referenceShares.Length != currentShares.Length || referenceShares.Length == 0)
            throw MlopsException.Invalid(
                $"PSI: {referenceShares.Length} reference and {currentShares.Length} current bins; need the same non-zero number");
        double psi = 0;
        for (int i = 0; i < referenceShares.Length; i++)
        {
            double r = referenceShares[i], c = currentShares[i];
            if (!(r > 0) || !(c > 0))
                throw MlopsException.Invalid($"PSI: bin {i} has shares {r} and {c}; every share must be positive (fill empty bins first)");
            psi += (r - c) * Math.Log(r / c);
        }
        return psi;
    }

    /// <summary>Replaces zero shares as Evidently does: 0.0001, or the smallest non-zero share ÷ 10⁶ when that is ≤ 0.0001.</summary>
    public static void FillEmptyBins(Span<double> shares)
    {
        double smallest = double.PositiveInfinity;
        foreach (double share in shares)
            if (share > 0 && share < smallest) smallest = share;
        if (double.IsPositiveInfinity(smallest))
            throw MlopsException.Invalid("PSI: every bin is empty");
        double fill = smallest <= EmptyBinShare ? smallest / 1e6 : EmptyBinShare;
        for (int i = 0; i < shares.Length; i++)
            if (shares[i] == 0) shares[i] = fill;
    }
}
