using Mlops.Core.Errors;
using Mlops.Inference.Scoring;
using Mlops.Training.Configuration;
using Mlops.Training.Models;

namespace Mlops.Training.Evaluation.Regression;

/// <summary>
/// Scores the test table with a regression model: errors against the mean baseline, and the leakage check; on all test
/// rows, or on a seeded simple random sample of evaluation.max_rows when there are more (a target has no classes to
/// stratify by), so the cost and the plots stay bounded.
/// </summary>
public static class RegressionEvaluator
{
    public static RegressionEvaluation Evaluate(ModelScorer scorer, FeatureTable train, FeatureTable test, EvaluationParams p, int seed)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(p);
        if (!scorer.IsRegression || test.Width != scorer.FeatureCount)
        {
            throw MlopsException.Invalid(
                $"The test table has {test.Width} feature columns and the model expects {scorer.FeatureCount}" +
                $"{(scorer.IsRegression ? "" : ", and it is a classifier, not a regression model")}.");
        }
        // One class for every row: the sampler then draws max_rows rows uniformly.
        var sample = EvaluationSampler.Draw(new int[test.Rows], 1, p.MaxRows, seed);
        if (sample.Rows is { } rows)
        {
            test = test.Subset(rows);
        }
        var truth = test.LabelValues();
        var predicted = new float[test.Rows];
        scorer.PredictBatch(test.Values, test.Rows, predicted, new int[test.Rows]);
        var metrics = RegressionMetrics.Compute(truth, predicted, train.LabelValues().Average(v => (double)v));
        var leakage = LeakageCheck.Compute(test.FeatureNames, train.Values, train.Rows, test.Values, test.Rows, p.LeakageDistance);
        return new RegressionEvaluation(metrics, leakage, truth, predicted) { Sample = sample };
    }
}
