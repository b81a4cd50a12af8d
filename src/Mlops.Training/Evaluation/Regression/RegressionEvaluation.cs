namespace Mlops.Training.Evaluation.Regression;

/// <summary>What the evaluate stage measures for a regression model, with the test rows' values the plots and the reference profile use.</summary>
public sealed record RegressionEvaluation(
    RegressionMetrics Metrics, LeakageReport Leakage, IReadOnlyList<float> Truth, IReadOnlyList<float> Predicted)
{
    /// <summary>Which test rows were scored (every figure is computed on those); null when built by hand.</summary>
    public EvaluationSample? Sample { get; init; }
}
