using Mlops.Core.Errors;

namespace Mlops.Training.Evaluation;

/// <summary>Counts[true][predicted] over class indices, with the rates derived from it.</summary>
public sealed class ConfusionMatrix
{
    private ConfusionMatrix(int[][] counts) => Counts = counts;

    /// <summary>Rows = true class, columns = predicted class, both in schema.target_classes order.</summary>
    public int[][] Counts { get; }

    public int ClassCount => Counts.Length;

    public int Total => Counts.Sum(row => row.Sum());

    public double Accuracy => Total == 0 ? 0 : (double)Enumerable.Range(0, ClassCount).Sum(i => Counts[i][i]) / Total;

    public double MacroF1 => Enumerable.Range(0, ClassCount).Average(F1);

    public static ConfusionMatrix From(int classCount, IReadOnlyList<int> truth, IReadOnlyList<int> predicted)
    {
        if (truth.Count != predicted.Count)
        {
            throw MlopsException.Invalid($"{truth.Count} true labels but {predicted.Count} predictions.");
        }

        var counts = new int[classCount][];
        for (var i = 0; i < classCount; i++)
        {
            counts[i] = new int[classCount];
        }

        for (var r = 0; r < truth.Count; r++)
        {
            counts[truth[r]][predicted[r]]++;
        }

        return new ConfusionMatrix(counts);
    }

    public int Support(int c) => Counts[c].Sum();

    public int PredictedCount(int c) => Counts.Sum(row => row[c]);

    /// <summary>0 when the class was never predicted (scikit-learn's zero_division=0).</summary>
    public double Precision(int c) => PredictedCount(c) == 0 ? 0 : (double)Counts[c][c] / PredictedCount(c);

    public double Recall(int c) => Support(c) == 0 ? 0 : (double)Counts[c][c] / Support(c);

    public double F1(int c)
    {
        var p = Precision(c);
        var r = Recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
