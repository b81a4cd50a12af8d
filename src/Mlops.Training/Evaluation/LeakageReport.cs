namespace Mlops.Training.Evaluation;

/// <summary>How close test rows lie to training rows in feature space (Euclidean distance to the nearest one).</summary>
public sealed record LeakageReport(
    double Threshold,
    int TestRows,
    int NearCopyRows,
    double NearCopyShare,
    int ExactDuplicateRows,
    double ExactDuplicateShare,
    double MinDistance,
    double MedianDistance,
    double MaxDistance)
{
    /// <summary>Each test row's distance to its nearest training row, in test-table order (what a slice's share is computed from).</summary>
    public IReadOnlyList<double> NearestDistances { get; init; } = [];
}
