using Mlops.Monitoring.Reports;
using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// continuous_training.triggers' performance rule on a window's labelled predictions: with at least min_labels of them,
/// fires when the Wilson upper bound (at 1 - monitoring.performance.alpha) is below min_accuracy, or when accuracy is
/// more than max_accuracy_drop below the reference's held-out accuracy and the Wilson interval excludes the reference.
/// </summary>
internal static class PerformanceTrigger
{
    public static TriggerResult Judge(MonitoringReport report, RetrainTriggerParams t)
    {
        if (report.Performance is not { } performance)
        {
            // mlops retrain refuses a regression model before it gets here; a report without accuracy never fires.
            return TriggerSwitches.NotFired(RetrainTriggers.Performance,
                "a regression model's window has RMSE/MAE, not accuracy: the performance trigger reads accuracy only",
                new Dictionary<string, double>());
        }
        var reference = performance.Reference.Accuracy;
        var figures = new Dictionary<string, double> { ["reference"] = reference, ["min_labels"] = t.MinLabels };
        if (performance.Labelled is not { } labelled || labelled.Count < t.MinLabels)
        {
            var count = performance.Labelled?.Count ?? 0;
            figures["labelled"] = count;
            return TriggerSwitches.NotFired(RetrainTriggers.Performance,
                $"{count} of the newest {report.Window.Rows} predictions are labelled, fewer than min_labels {t.MinLabels}", figures);
        }
        var (low, high) = (labelled.AccuracyInterval.Low, labelled.AccuracyInterval.High);
        figures["labelled"] = labelled.Count;
        figures["accuracy"] = labelled.Accuracy;
        figures["wilson_low"] = low;
        figures["wilson_high"] = high;
        var reasons = new List<string>();
        if (t.MinAccuracy is { } floor)
        {
            figures["min_accuracy"] = floor;
            reasons.Add(high < floor
                ? $"its Wilson upper bound {F(high)} is below min_accuracy {F(floor)}"
                : $"its Wilson upper bound {F(high)} is not below min_accuracy {F(floor)}");
        }
        var firedByFloor = t.MinAccuracy is { } f && high < f;
        var firedByDrop = false;
        if (t.MaxAccuracyDrop is { } drop)
        {
            figures["max_accuracy_drop"] = drop;
            var below = labelled.Accuracy < reference - drop;
            var excludes = high < reference || low > reference;
            firedByDrop = below && excludes;
            reasons.Add($"it is {F(reference - labelled.Accuracy)} below the reference {F(reference)} "
                + $"({(below ? "more than" : "not more than")} max_accuracy_drop {F(drop)}) and the Wilson interval [{F(low)}, {F(high)}] "
                + (excludes ? "excludes the reference" : "contains the reference"));
        }
        var reason = $"labelled accuracy {F(labelled.Accuracy)} on {labelled.Count} labelled predictions: {string.Join("; ", reasons)}";
        return TriggerSwitches.Result(RetrainTriggers.Performance, firedByFloor || firedByDrop, reason, figures);
    }

    private static string F(double value) => WindowTriggers.Fmt(value);
}
