using Mlops.Monitoring.Drift;
using Mlops.Monitoring.Performance;
using Mlops.Monitoring.Profiles;

namespace Mlops.Monitoring.Reports;

/// <summary>
/// A regression model's performance over a window beside its held-out RMSE and MAE: realised on the labelled
/// predictions (null without labels), and the drop verdict. Lower is better: with at least <paramref name="MinLabels"/>
/// labels, an RMSE or MAE more than <paramref name="MaxErrorIncrease"/> (a share) above the held-out one is a drop.
/// </summary>
public sealed record RegressionPerformanceReport(
    double ReferenceRmse,
    double ReferenceMae,
    RegressionErrors? Labelled,
    bool LabelledDrop,
    int MinLabels,
    double MaxErrorIncrease)
{
    /// <param name="labelled">(true value, predicted value) of the window's labelled predictions.</param>
    public static RegressionPerformanceReport Compute(RegressionHeldOut held, IReadOnlyList<(double Label, double Predicted)> labelled,
        MonitoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(held);
        ArgumentNullException.ThrowIfNull(labelled);
        ArgumentNullException.ThrowIfNull(options);
        var realised = labelled.Count == 0 ? null : RegressionErrors.Compute(labelled);
        var limit = 1 + options.MaxErrorIncrease;
        var drop = realised is not null && realised.Count >= options.MinLabels
            && (realised.Rmse > held.Rmse * limit || realised.Mae > held.Mae * limit);
        return new RegressionPerformanceReport(held.Rmse, held.Mae, realised, drop, options.MinLabels, options.MaxErrorIncrease);
    }

    /// <summary>Drift of the window's predicted values from those on the held-out rows (Evidently's numeric rule).</summary>
    /// <param name="predicted">Every predicted value in the window; non-finite ones are left out.</param>
    public static ColumnDrift PredictionDrift(RegressionHeldOut held, IReadOnlyList<double> predicted, DriftOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(held);
        ArgumentNullException.ThrowIfNull(predicted);
        var finite = predicted.Where(double.IsFinite).ToArray();
        if (finite.Length == 0)
        {
            throw Core.Errors.MlopsException.NotFound(
                "no finite predicted values in the window: nothing to compare with the held-out predictions");
        }
        var reference = DriftColumn.Numeric(DriftAnalysis.PredictionFeature, held.Predicted.Sample, Math.Max(held.Rows, held.Predicted.Sample.Length));
        return DriftAnalysis.Column(reference, DriftColumn.Numeric(DriftAnalysis.PredictionFeature, finite), options);
    }
}
