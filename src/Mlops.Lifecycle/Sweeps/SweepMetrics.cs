using Mlops.Training.Models;

namespace Mlops.Lifecycle.Sweeps;

/// <summary>The metric names a trial's run carries: mean and std over the folds, and each fold's value at its step.</summary>
public static class SweepMetrics
{
    public const string FoldAccuracy = "cv.accuracy";
    public const string FoldMacroF1 = "cv.macro_f1";

    public static IReadOnlyDictionary<string, double> Of(CrossValidationResult cv) => new SortedDictionary<string, double>(StringComparer.Ordinal)
    {
        [MeanOf("accuracy")] = cv.AccuracyMean,
        [StdOf("accuracy")] = cv.AccuracyStd,
        [MeanOf("macro_f1")] = cv.MacroF1Mean,
        [StdOf("macro_f1")] = cv.MacroF1Std,
    };

    public static string MeanOf(string metric) => $"cv.{metric}_mean";

    public static string StdOf(string metric) => $"cv.{metric}_std";
}
