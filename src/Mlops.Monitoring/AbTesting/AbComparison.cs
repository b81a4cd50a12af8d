using Mlops.Monitoring.Statistics;

namespace Mlops.Monitoring.AbTesting;

/// <summary>
/// A challenger against the control on the labelled predictions: the accuracy difference (challenger − control) with
/// Newcombe's 95% hybrid score interval, and the two-sided pooled two-proportion z-test (z &gt; 0: the challenger is
/// ahead). <see cref="Significant"/> compares the p-value with <see cref="Alpha"/> (the test's alpha, split over the
/// challengers when there are several).
/// </summary>
public sealed record AbComparison(
    string Challenger,
    string Control,
    DifferenceInterval Difference,
    double Z,
    double PValue,
    double Alpha,
    bool Significant)
{
    public const string IntervalMethod = "Newcombe hybrid score (from the two Wilson intervals)";
    public const string TestMethod = "two-sided two-proportion z-test, pooled";
}
