namespace Mlops.Training.Evaluation;

/// <summary>Everything the evaluate stage measures on the test table.</summary>
public sealed record EvaluationReport(
    ClassificationMetrics Metrics,
    IReadOnlyList<FeatureImportance> FeatureImportance,
    LeakageReport Leakage,
    int PermutationRepeats,
    int Seed);
