namespace Mlops.Monitoring.Drift;

/// <summary>All features' verdicts and the dataset verdict: drift when the drifted share reaches the threshold.</summary>
public sealed record DatasetDrift(
    IReadOnlyList<ColumnDrift> Columns,
    int DriftedCount,
    double DriftedShare,
    double ShareThreshold,
    bool Detected);
