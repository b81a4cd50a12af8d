using Mlops.Core.Errors;
using Mlops.Core.Predictions;
using Mlops.Monitoring.Drift;
using Mlops.Monitoring.Performance;
using Mlops.Monitoring.Profiles;

namespace Mlops.Monitoring.Reports;

/// <summary>
/// Compares a window of served predictions with a model's reference profile: drift per input (Evidently's rules),
/// dataset drift, prediction drift, labelled performance with a Wilson interval, and CBPE's estimated accuracy; for a
/// regression model, drift of the predicted values from the held-out ones and labelled RMSE and MAE beside the held-out ones.
/// </summary>
public static class MonitoringRun
{
    /// <param name="feedback">Where labels are read from; null when the store keeps none (performance is then estimated only).</param>
    public static async Task<MonitoringReport> ComputeAsync(
        IPredictionLog log, IPredictionFeedback? feedback, ReferenceProfile profile, MonitoredModel model, WindowSelection selection,
        MonitoringOptions? options = null, CancellationToken ct = default)
    {
        options ??= MonitoringOptions.Default;
        options.Validate();
        var window = await PredictionWindowReader.ReadAsync(log, selection, profile, options.Slices, ct);
        if (window.Rows == 0)
        {
            throw MlopsException.NotFound(
                $"no logged predictions of {model.Uri} in the window ({selection.Describe()}): nothing to compare with the reference");
        }
        var labelled = feedback is null ? [] : await LabelsAsync(feedback, selection, window, ct);
        var report = Compute(profile, model, selection, window, [.. labelled.Select(l => (l.Label, l.Predicted))], options);
        return report with { Slices = [.. options.Slices.Select(s => Slice(s.Name, profile, model, selection, window, labelled, options))] };
    }

    private static SliceReport Slice(
        string name, ReferenceProfile profile, MonitoredModel model, WindowSelection selection, PredictionWindow window,
        IReadOnlyList<(string Id, string Label, string Predicted)> labelled, MonitoringOptions options)
    {
        var slice = window.Slices[name];
        if (slice.Rows < options.MinSliceRows)
        {
            return new SliceReport(name, slice.Rows, options.MinSliceRows, null);
        }
        var ids = new HashSet<string>(slice.Ids, StringComparer.Ordinal);
        var report = Compute(profile, model, selection, slice, [.. labelled.Where(l => ids.Contains(l.Id)).Select(l => (l.Label, l.Predicted))],
            options with { Slices = [] });
        return new SliceReport(name, slice.Rows, options.MinSliceRows, report);
    }

    /// <param name="labelled">(label, predicted class) of the window's labelled predictions; for a regression model the
    /// true and predicted values as invariant text.</param>
    public static MonitoringReport Compute(
        ReferenceProfile profile, MonitoredModel model, WindowSelection selection, PredictionWindow window,
        IReadOnlyList<(string Label, string Predicted)> labelled, MonitoringOptions options)
    {
        if (profile.HeldOut is null && profile.Regression is null)
        {
            throw MlopsException.Invalid($"the reference profile of {model.Uri} has neither a classifier's held_out section nor a regression one");
        }
        var (drift, distributions) = InputDrift(profile, window, options);
        var summary = new WindowSummary(selection.Describe(), window.Rows, window.From, window.To,
            window.RowsByVersion.OrderBy(v => v.Key).ToDictionary(v => v.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), v => v.Value),
            labelled.Count);
        if (profile.Regression is { } regression)
        {
            return new MonitoringReport(MonitoringReport.CurrentFormat, model, summary, drift,
                RegressionPerformanceReport.PredictionDrift(regression, window.Values, options.Drift), null, distributions)
            {
                Regression = RegressionPerformanceReport.Compute(regression, NumericPairs(labelled), options),
            };
        }
        var held = profile.HeldOut!;
        var referencePredicted = held.Classes.Zip(held.PredictedCounts).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal);
        var currentPredicted = window.Predicted.GroupBy(p => p, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);
        var predictionDrift = DriftAnalysis.Predictions(referencePredicted, currentPredicted, options.Drift);
        return new MonitoringReport(MonitoringReport.CurrentFormat, model, summary, drift, predictionDrift,
            Performance(held, window, labelled, options), distributions);
    }

    private static (DatasetDrift Drift, List<FeatureDistribution> Distributions) InputDrift(
        ReferenceProfile profile, PredictionWindow window, MonitoringOptions options)
    {
        var reference = new List<DriftColumn>(profile.Features.Count);
        var current = new List<DriftColumn>(profile.Features.Count);
        var distributions = new List<FeatureDistribution>(profile.Features.Count);
        foreach (var (feature, column) in profile.Features.Zip(window.Inputs))
        {
            if (column.IsNumeric ? column.Values.Count == 0 : column.Counts.Values.Sum() == 0)
            {
                throw MlopsException.Invalid(
                    $"none of the {window.Rows} predictions in the window carries a value for input '{feature.Name}': was the model's signature changed?");
            }
            if (feature.IsNumeric)
            {
                var sample = feature.Numeric!.Sample;
                reference.Add(DriftColumn.Numeric(feature.Name, sample, Math.Max(feature.Rows, sample.Length)));
                current.Add(DriftColumn.Numeric(feature.Name, [.. column.Values]));
                distributions.Add(DistributionBinning.Numeric(feature.Name, sample, column.Values, options.HistogramBins));
            }
            else
            {
                reference.Add(DriftColumn.Categorical(feature.Name, feature.Categories!.ToDictionary(c => c.Value, c => c.Count, StringComparer.Ordinal)));
                current.Add(DriftColumn.Categorical(feature.Name, column.Counts));
                distributions.Add(DistributionBinning.Categorical(feature.Name, feature.Categories!, column.Counts));
            }
        }
        return (DriftAnalysis.Dataset(reference, current, options.Drift), distributions);
    }

    // The feedback check let only finite numbers label a regression model's predictions; anything else is left out.
    private static List<(double Label, double Predicted)> NumericPairs(IReadOnlyList<(string Label, string Predicted)> labelled) =>
        [.. labelled
            .Select(l => (Label: RegressionLabel.Parse(l.Label), Predicted: RegressionLabel.Parse(l.Predicted)))
            .Where(l => l.Label is not null && l.Predicted is not null)
            .Select(l => (l.Label!.Value, l.Predicted!.Value))];

    private static PerformanceReport Performance(
        HeldOutProfile held, PredictionWindow window, IReadOnlyList<(string Label, string Predicted)> labelled, MonitoringOptions options)
    {
        var reference = held.Metrics;
        ClassificationMetrics? realised = null;
        if (labelled.Count > 0)
        {
            realised = ClassificationPerformance.Compute([.. labelled.Select(l => l.Label)], [.. labelled.Select(l => l.Predicted)], held.Classes, options.Alpha);
        }
        var labelledDrop = realised is not null && realised.Count >= options.MinLabels && realised.AccuracyInterval.High < reference.Accuracy;
        var estimated = ConfidenceCalibration.Fit(held.Calibration.Confidence, held.Calibration.Correct).EstimateAccuracy(window.Confidences);
        var estimatedDrop = estimated < reference.Accuracy - options.MaxEstimatedDrop;
        return new PerformanceReport(reference, realised, labelledDrop, estimated, estimatedDrop, options.MinLabels, options.MaxEstimatedDrop);
    }

    /// <summary>The labels of the window's own predictions (read by the window's time range, then matched by id).</summary>
    private static async Task<IReadOnlyList<(string Id, string Label, string Predicted)>> LabelsAsync(
        IPredictionFeedback feedback, WindowSelection selection, PredictionWindow window, CancellationToken ct)
    {
        var rows = await feedback.ListLabelledAsync(new LabelledQuery
        {
            ModelName = selection.ModelName,
            ModelVersion = selection.ModelVersion,
            Since = window.From,
            Until = window.To?.AddMilliseconds(1), // the store keeps milliseconds and Until is exclusive
            MaxResults = Math.Min(window.Rows, LabelledQuery.MaxLimit),
        }, ct);
        var ids = new HashSet<string>(window.Ids, StringComparer.Ordinal);
        return [.. rows.Where(r => ids.Contains(r.Prediction.Id)).Select(r => (r.Prediction.Id, r.Label, r.Prediction.Prediction))];
    }
}
