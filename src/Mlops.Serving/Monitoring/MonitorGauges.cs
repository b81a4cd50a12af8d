using System.Globalization;
using Mlops.Monitoring.Reports;
using Prometheus;

namespace Mlops.Serving.Monitoring;

/// <summary>
/// The background monitoring report as Prometheus gauges in the server's registry, labelled by model and version. A
/// failed computation leaves them at their last values and sets mlops_monitor_last_error; a report of another version
/// (after a hot reload) removes the previous version's series, so a dashboard never mixes two versions' verdicts.
/// </summary>
internal sealed class MonitorGauges
{
    private static readonly string[] ModelLabels = ["model", "version"];
    private readonly Gauge featureScore;
    private readonly Gauge featureDetected;
    private readonly Gauge datasetDrift;
    private readonly Gauge driftedShare;
    private readonly Gauge predictionDrift;
    private readonly Gauge estimatedAccuracy;
    private readonly Gauge labelledAccuracy;
    private readonly Gauge labelledRmse;
    private readonly Gauge labelledMae;
    private readonly Gauge windowRows;
    private readonly Gauge lastSuccess;
    private readonly Gauge lastError;
    private readonly Gauge duration;
    private readonly Counter runs;
    private (string Model, string Version, string[] Features)? published;

    public MonitorGauges(CollectorRegistry registry)
    {
        var factory = Prometheus.Metrics.WithCustomRegistry(registry);
        featureScore = factory.CreateGauge("mlops_feature_drift_score",
            "Drift score of an input over the monitoring window: the test's p-value, or its distance (Evidently's rules).",
            "model", "version", "feature");
        featureDetected = factory.CreateGauge("mlops_feature_drift_detected", "1 when the input drifted in the monitoring window, else 0.",
            "model", "version", "feature");
        datasetDrift = Create(factory, "mlops_dataset_drift", "1 when at least the threshold share of inputs drifted, else 0.");
        driftedShare = Create(factory, "mlops_drifted_feature_share", "Share of the inputs that drifted in the monitoring window.");
        predictionDrift = Create(factory, "mlops_prediction_drift", "1 when the predicted classes drifted from the held-out predictions, else 0.");
        estimatedAccuracy = Create(factory, "mlops_estimated_accuracy", "Accuracy estimated from the window's confidences (CBPE).");
        labelledAccuracy = Create(factory, "mlops_labelled_accuracy", "Accuracy over the window's labelled predictions; NaN without labels.");
        labelledRmse = Create(factory, "mlops_labelled_rmse", "A regression model's RMSE over the window's labelled predictions; NaN without labels or for a classifier.");
        labelledMae = Create(factory, "mlops_labelled_mae", "A regression model's MAE over the window's labelled predictions; NaN without labels or for a classifier.");
        windowRows = Create(factory, "mlops_monitor_window_rows", "Logged predictions in the last computed monitoring window.");
        lastSuccess = Create(factory, "mlops_monitor_last_success_timestamp_seconds", "When the monitoring report was last computed (Unix time).");
        lastError = Create(factory, "mlops_monitor_last_error", "1 when the latest monitoring computation failed (see the server log), else 0.");
        duration = Create(factory, "mlops_monitor_duration_seconds", "How long the last successful monitoring computation took.");
        runs = factory.CreateCounter("mlops_monitor_runs_total",
            "Monitoring computations by outcome: success, error, or skipped (the previous one was still running).", "outcome");
    }

    public void Publish(string model, int version, MonitoringReport report, DateTimeOffset at, TimeSpan took)
    {
        var v = version.ToString(CultureInfo.InvariantCulture);
        var features = report.Drift.Columns.Select(c => c.Feature).ToArray();
        RemoveStale(model, v, features);
        foreach (var column in report.Drift.Columns)
        {
            featureScore.WithLabels(model, v, column.Feature).Set(column.Score);
            featureDetected.WithLabels(model, v, column.Feature).Set(column.Detected ? 1 : 0);
        }
        datasetDrift.WithLabels(model, v).Set(report.Drift.Detected ? 1 : 0);
        driftedShare.WithLabels(model, v).Set(report.Drift.DriftedShare);
        predictionDrift.WithLabels(model, v).Set(report.PredictionDrift.Detected ? 1 : 0);
        // A regression model's report has no accuracy and a classifier's no RMSE/MAE: those gauges read NaN.
        estimatedAccuracy.WithLabels(model, v).Set(report.Performance?.EstimatedAccuracy ?? double.NaN);
        labelledAccuracy.WithLabels(model, v).Set(report.Performance?.Labelled?.Accuracy ?? double.NaN);
        labelledRmse.WithLabels(model, v).Set(report.Regression?.Labelled?.Rmse ?? double.NaN);
        labelledMae.WithLabels(model, v).Set(report.Regression?.Labelled?.Mae ?? double.NaN);
        windowRows.WithLabels(model, v).Set(report.Window.Rows);
        lastSuccess.WithLabels(model, v).Set(at.ToUnixTimeMilliseconds() / 1000.0);
        lastError.WithLabels(model, v).Set(0);
        duration.WithLabels(model, v).Set(took.TotalSeconds);
        runs.WithLabels("success").Inc();
        published = (model, v, features);
    }

    /// <param name="version">Null when the failure has no version to name (nothing served yet, a runs:/ model).</param>
    public void Failed(string? model, int? version)
    {
        runs.WithLabels("error").Inc();
        if (model is not null && version is { } known)
        {
            lastError.WithLabels(model, known.ToString(CultureInfo.InvariantCulture)).Set(1);
        }
    }

    public void Skipped() => runs.WithLabels("skipped").Inc();

    private void RemoveStale(string model, string version, string[] features)
    {
        if (published is not { } old)
        {
            return;
        }
        var sameVersion = old.Model == model && old.Version == version;
        foreach (var feature in old.Features.Where(f => !sameVersion || !features.Contains(f, StringComparer.Ordinal)))
        {
            featureScore.RemoveLabelled(old.Model, old.Version, feature);
            featureDetected.RemoveLabelled(old.Model, old.Version, feature);
        }
        if (!sameVersion)
        {
            foreach (var gauge in new[] { datasetDrift, driftedShare, predictionDrift, estimatedAccuracy, labelledAccuracy, labelledRmse, labelledMae, windowRows, lastSuccess, lastError, duration })
            {
                gauge.RemoveLabelled(old.Model, old.Version);
            }
        }
    }

    private static Gauge Create(IMetricFactory factory, string name, string help) => factory.CreateGauge(name, help, ModelLabels);
}
