namespace Mlops.Monitoring.Drift;

/// <summary>One feature's drift verdict.</summary>
/// <param name="Statistic">The test's own statistic: KS D, chi-square, z, or the distance itself.</param>
/// <param name="PValue">Null for the distance tests.</param>
/// <param name="Score">What is compared with the threshold: the p-value, or the distance (Evidently's drift score).</param>
/// <param name="Psi">Population stability index of the same column, an extra figure that decides nothing.</param>
/// <param name="DistinctValues">Distinct values in reference and current together, which the rule used.</param>
public sealed record ColumnDrift(
    string Feature,
    ColumnKind Kind,
    DriftTest Test,
    double Statistic,
    double? PValue,
    double Score,
    double Threshold,
    bool Detected,
    double Psi,
    int DistinctValues);
