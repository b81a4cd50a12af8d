using Mlops.Core.Errors;
using Mlops.Inference.Scoring;
using Mlops.Training.Configuration;
using Mlops.Training.Models;

namespace Mlops.Training.Evaluation;

/// <summary>
/// Scores the test table and computes metrics, business cost, permutation importance and leakage — on all of its rows,
/// or on a stratified sample of evaluation.max_rows when it is larger, so the cost stays bounded in the test rows.
/// </summary>
public static class Evaluator
{
    /// <param name="seed">Seeds the permutations of the importance computation and the sample of a large test table.</param>
    public static EvaluationReport Evaluate(
        ModelScorer scorer, FeatureTable train, FeatureTable test, EvaluationParams p, int seed) =>
        Evaluate(scorer, Task.FromResult(train), test, p, seed);

    /// <param name="train">The training table, awaited only for the leakage check: it can be read while the test rows are scored.</param>
    public static EvaluationReport Evaluate(
        ModelScorer scorer, Task<FeatureTable> train, FeatureTable test, EvaluationParams p, int seed)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(p);
        CheckWidth(test, scorer.FeatureCount);
        var classes = scorer.Classes;
        var truth = test.LabelIndices(classes);
        var sample = EvaluationSampler.Draw(truth, classes.Count, p.MaxRows, seed);
        if (sample.Rows is { } rows)
        {
            test = test.Subset(rows);
            truth = [.. rows.Select(r => truth[r])];
        }

        var probabilities = new float[test.Rows * classes.Count];
        var predicted = new int[test.Rows];
        scorer.PredictBatch(test.Values, test.Rows, probabilities, predicted);

        var costs = p.CostMatrix.Select(row => (IReadOnlyList<double>)row).ToArray();
        var metrics = MetricsCalculator.Compute(classes, truth, predicted, probabilities, costs);

        var buffer = new float[test.Rows * classes.Count];
        var importance = PermutationImportance.Compute(
            test.FeatureNames,
            test.Values,
            truth,
            (features, rows, output) => scorer.PredictBatch(features, rows, buffer, output),
            p.PermutationRepeats,
            seed);

        var training = train.GetAwaiter().GetResult();
        CheckColumns(training, test);
        var leakage = LeakageCheck.Compute(test.FeatureNames, training.Values, training.Rows, test.Values, test.Rows, p.LeakageDistance);
        return new EvaluationReport(metrics, importance, leakage, p.PermutationRepeats, seed)
        {
            Scores = new HeldOutScores(truth, predicted, probabilities),
            Sample = sample,
        };
    }

    private static void CheckWidth(FeatureTable test, int modelWidth)
    {
        if (test.Width != modelWidth)
        {
            throw MlopsException.Invalid($"The test table has {test.Width} feature columns; the model expects {modelWidth}.");
        }
    }

    private static void CheckColumns(FeatureTable train, FeatureTable test)
    {
        for (var c = 0; c < test.Width; c++)
        {
            if (c >= train.Width || train.FeatureNames[c] != test.FeatureNames[c])
            {
                throw MlopsException.Invalid(
                    $"Feature column {c + 1} is '{test.FeatureNames[c]}' in the test table but " +
                    $"'{(c < train.Width ? train.FeatureNames[c] : "missing")}' in the training table.");
            }
        }
    }
}
