namespace Mlops.Core.Features;

/// <summary>
/// One materialized feature column's statistics over the rows of its feature set version (train and test). NaN and
/// infinite values are counted in <see cref="NanCount"/> and left out of the other figures; with no finite value they
/// are NaN.
/// </summary>
/// <param name="Percentiles">The 0th to 100th percentiles (101 values, empty without a finite value), from at most
/// <see cref="SampleLimit"/> rows; the drift tests of a diff compare these.</param>
/// <param name="OnesShare">The share of rows equal to 1, for an indicator (one-hot) column; null for the others.</param>
public sealed record FeatureColumnStats(long Count, long NanCount, double Min, double Max, double Mean, double Std,
    IReadOnlyList<double> Percentiles, double? OnesShare)
{
    /// <summary>Rows a column's percentiles are computed from; above it, from a seeded sample of this many rows.</summary>
    public const int SampleLimit = 20_000;

    /// <summary>The <paramref name="percent"/>th percentile (0 to 100), NaN without percentiles.</summary>
    public double Percentile(int percent) =>
        percent is < 0 or > 100 ? throw new ArgumentOutOfRangeException(nameof(percent))
            : Percentiles.Count == 101 ? Percentiles[percent] : double.NaN;
}
