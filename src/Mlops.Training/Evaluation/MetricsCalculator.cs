using Mlops.Core.Errors;

namespace Mlops.Training.Evaluation;

/// <summary>Computes <see cref="ClassificationMetrics"/> from labels, predictions, probabilities and a cost matrix.</summary>
public static class MetricsCalculator
{
    /// <summary>Probabilities are clipped to [1e-15, 1 - 1e-15] before the log, as scikit-learn does.</summary>
    public const double ProbabilityClip = 1e-15;

    /// <param name="probabilities">Row-major, <c>truth.Count × classes.Count</c>.</param>
    /// <param name="costMatrix">cost[true][predicted]; evaluation.cost_matrix.</param>
    public static ClassificationMetrics Compute(
        IReadOnlyList<string> classes,
        IReadOnlyList<int> truth,
        IReadOnlyList<int> predicted,
        ReadOnlySpan<float> probabilities,
        IReadOnlyList<IReadOnlyList<double>> costMatrix)
    {
        var k = classes.Count;
        CheckCostMatrix(costMatrix, k);
        if (probabilities.Length != truth.Count * k)
        {
            throw MlopsException.Invalid($"{probabilities.Length} probabilities for {truth.Count} rows × {k} classes.");
        }

        var confusion = ConfusionMatrix.From(k, truth, predicted);
        var perClass = Enumerable.Range(0, k)
            .Select(c => new ClassMetrics(classes[c], confusion.Precision(c), confusion.Recall(c), confusion.F1(c), confusion.Support(c)))
            .ToArray();
        var n = Math.Max(1, truth.Count);

        double logLoss = 0;
        double totalCost = 0;
        for (var r = 0; r < truth.Count; r++)
        {
            var p = Math.Clamp(probabilities[(r * k) + truth[r]], ProbabilityClip, 1 - ProbabilityClip);
            logLoss -= Math.Log(p);
            totalCost += costMatrix[truth[r]][predicted[r]];
        }

        return new ClassificationMetrics(
            truth.Count,
            confusion.Accuracy,
            perClass.Average(m => m.Precision),
            perClass.Average(m => m.Recall),
            perClass.Average(m => m.F1),
            perClass.Sum(m => m.Precision * m.Support) / n,
            perClass.Sum(m => m.Recall * m.Support) / n,
            perClass.Sum(m => m.F1 * m.Support) / n,
            logLoss / n,
            totalCost / n,
            totalCost,
            perClass,
            classes,
            confusion);
    }

    public static void CheckCostMatrix(IReadOnlyList<IReadOnlyList<double>> costMatrix, int classCount)
    {
        if (costMatrix.Count != classCount)
        {
            throw MlopsException.Invalid(
                $"evaluation.cost_matrix has {costMatrix.Count} rows; schema.target_classes has {classCount} classes.");
        }

        for (var i = 0; i < costMatrix.Count; i++)
        {
            if (costMatrix[i].Count != classCount)
            {
                throw MlopsException.Invalid(
                    $"evaluation.cost_matrix row {i + 1} has {costMatrix[i].Count} values; {classCount} are required.");
            }
        }
    }
}
