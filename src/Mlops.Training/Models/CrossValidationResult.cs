
namespace Mlops.Training.Models;

/// <summary>k-fold cross-validation: per-fold and mean ± population std of accuracy and macro-F1.</summary>
public sealed record CrossValidationResult(
    int Folds,
    IReadOnlyList<double> FoldAccuracy,
    IReadOnlyList<double> FoldMacroF1,
    double AccuracyMean,
    double AccuracyStd,
    double MacroF1Mean,
    double MacroF1Std);
