using Mlops.Core.Errors;
using Mlops.Monitoring.Drift;
using Mlops.Monitoring.Performance;
using Mlops.Monitoring.Profiles;

namespace Mlops.Monitoring.Reports;

/// <summary>
/// A window of a regression model's predictions against its reference profile: drift of the predicted values from
/// those on the held-out rows, and, once labels arrive, RMSE and MAE beside the held-out ones.
/// </summary>
/// <param name="Realised">Null until the window has a labelled prediction.</param>
public sealed record RegressionWindowReport(
    long Rows, ColumnDrift PredictionDrift, double ReferenceRmse, double ReferenceMae, RegressionErrors? Realised)
{
    /// <param name="predicted">Every predicted value in the window.</param>
    /// <param name="labelled">(true value, predicted value) of the window's labelled predictions.</param>
    public static RegressionWindowReport Compute(ReferenceProfile profile, IReadOnlyList<double> predicted,
        IReadOnlyList<(double Label, double Predicted)> labelled, DriftOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(predicted);
        var held = profile.Regression ?? throw MlopsException.Invalid(
            "the reference profile has no regression section: it is a classifier's, whose predictions are classes");
        if (predicted.Count == 0)
        {
            throw MlopsException.NotFound("no predicted values in the window: nothing to compare with the held-out predictions");
        }
        var reference = DriftColumn.Numeric(DriftAnalysis.PredictionFeature, held.Predicted.Sample, Math.Max(held.Rows, held.Predicted.Sample.Length));
        var current = DriftColumn.Numeric(DriftAnalysis.PredictionFeature, [.. predicted]);
        var drift = DriftAnalysis.Column(reference, current, options);
        var realised = labelled.Count == 0 ? null : RegressionErrors.Compute(labelled);
        return new RegressionWindowReport(predicted.Count, drift, held.Rmse, held.Mae, realised);
    }
}
