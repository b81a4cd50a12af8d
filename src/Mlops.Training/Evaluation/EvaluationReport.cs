namespace Mlops.Training.Evaluation;

/// <summary>Everything the evaluate stage measures on the test table.</summary>
public sealed record EvaluationReport(
    ClassificationMetrics Metrics,
    IReadOnlyList<FeatureImportance> FeatureImportance,
    LeakageReport Leakage,
    int PermutationRepeats,
    int Seed)
{
    /// <summary>The scores the metrics were computed from, kept so later steps (the reference profile) need not score again.</summary>
    public HeldOutScores? Scores { get; init; }

    /// <summary>The test rows scored: every figure above is computed on them (null: all rows of the test table).</summary>
    public EvaluationSample? Sample { get; init; }

    /// <summary>The metrics of each slice of evaluation.slices and evaluation.slice_by, in params order (empty without slices).</summary>
    public IReadOnlyList<SliceMetrics> Slices { get; init; } = [];
}
