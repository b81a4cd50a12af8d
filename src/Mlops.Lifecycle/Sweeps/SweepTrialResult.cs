using Mlops.Training.Models;

namespace Mlops.Lifecycle.Sweeps;

/// <summary>A trial's child run and its cross-validation, or why it failed (<see cref="Error"/> set, <see cref="Cv"/> null).</summary>
public sealed record SweepTrialResult(SweepTrial Trial, string RunId, CrossValidationResult? Cv, string? Error, TimeSpan Elapsed)
{
    public bool Failed => Cv is null;

    /// <summary>The mean and population std over the folds of a ranked metric (accuracy or macro_f1).</summary>
    public (double Mean, double Std) Score(string metric) => Cv switch
    {
        null => (double.NaN, double.NaN),
        { } cv when metric == "macro_f1" => (cv.MacroF1Mean, cv.MacroF1Std),
        { } cv => (cv.AccuracyMean, cv.AccuracyStd),
    };
}
