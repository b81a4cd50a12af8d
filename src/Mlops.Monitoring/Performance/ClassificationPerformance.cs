using Mlops.Core.Errors;
using Mlops.Monitoring.Statistics;

namespace Mlops.Monitoring.Performance;

/// <summary>Accuracy, macro-F1 and per-class recall over (label, predicted) pairs.</summary>
public static class ClassificationPerformance
{
    /// <summary>
    /// Classes default to those seen among labels and predictions (scikit-learn's rule); F1 of a class with no true and no
    /// predicted rows counts 0, as scikit-learn's zero_division default does. Recall is reported for classes with support.
    /// </summary>
    public static ClassificationMetrics Compute(IReadOnlyList<string> labels, IReadOnlyList<string> predicted,
        IReadOnlyList<string>? classes = null, double alpha = 0.05)
    {
        if (labels.Count != predicted.Count)
            throw MlopsException.Invalid($"performance: {labels.Count} labels but {predicted.Count} predictions");
        if (labels.Count == 0)
            throw MlopsException.Invalid("performance: no labelled predictions in the window");
        var names = classes?.ToArray() ?? labels.Concat(predicted).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++) index[names[i]] = i;
        var truePositive = new long[names.Length];
        var support = new long[names.Length];
        var predictedCount = new long[names.Length];
        long correct = 0;
        for (int row = 0; row < labels.Count; row++)
        {
            int label = Lookup(index, labels[row], row, "label"), guess = Lookup(index, predicted[row], row, "prediction");
            support[label]++;
            predictedCount[guess]++;
            if (label == guess) { truePositive[label]++; correct++; }
        }
        double f1Sum = 0;
        var recall = new Dictionary<string, double>(StringComparer.Ordinal);
        var supportByClass = new Dictionary<string, long>(StringComparer.Ordinal);
        for (int c = 0; c < names.Length; c++)
        {
            long denominator = support[c] + predictedCount[c];
            f1Sum += denominator == 0 ? 0 : 2.0 * truePositive[c] / denominator;
            supportByClass[names[c]] = support[c];
            if (support[c] > 0) recall[names[c]] = (double)truePositive[c] / support[c];
        }
        return new ClassificationMetrics(labels.Count, correct, (double)correct / labels.Count,
            WilsonInterval.Compute(correct, labels.Count, alpha), f1Sum / names.Length, recall, supportByClass);
    }

    private static int Lookup(Dictionary<string, int> index, string value, int row, string what) =>
        index.TryGetValue(value, out int found)
            ? found
            : throw MlopsException.Invalid($"performance: row {row} has {what} '{value}', which is not one of the model's classes");
}
