using Mlops.Core.Tracking;
using Mlops.Monitoring.Reports;

namespace Mlops.Web.Monitoring;

/// <summary>
/// One `mlops monitor run` as the monitoring page shows it, read from the tracked run's tags and metrics by the names
/// <see cref="MonitoringMetrics"/> and <see cref="MonitoringRunRecorder"/> write: the window, the drifted share, each
/// input's drift score and flag, and the estimated and labelled accuracy (a regression model: labelled RMSE and MAE).
/// </summary>
public sealed record DriftRun(
    string RunId,
    long StartTime,
    string? ModelVersion,
    double? Rows,
    double? DriftedShare,
    bool DriftDetected,
    double? EstimatedAccuracy,
    double? LabelledAccuracy,
    double? LabelledLow,
    double? LabelledHigh,
    IReadOnlyDictionary<string, FeatureDrift> Features)
{
    /// <summary>A regression model's labelled RMSE and MAE (null for a classifier, or without labels).</summary>
    public (double Rmse, double Mae)? LabelledErrors { get; init; }

    public static DriftRun From(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var m in run.Metrics)
        {
            metrics[m.Key] = m.Value;
        }
        var features = new SortedDictionary<string, FeatureDrift>(StringComparer.Ordinal);
        foreach (var (key, score) in metrics)
        {
            if (key.StartsWith(MonitoringMetrics.ScorePrefix, StringComparison.Ordinal))
            {
                var feature = key[MonitoringMetrics.ScorePrefix.Length..];
                features[feature] = new FeatureDrift(score, metrics.GetValueOrDefault(MonitoringMetrics.DetectedPrefix + feature) > 0,
                    metrics.TryGetValue(MonitoringMetrics.PValuePrefix + feature, out var p) ? p : null);
            }
        }
        return new DriftRun(run.Info.RunId, run.Info.StartTime, run.Tags.GetValueOrDefault(MonitoringRunRecorder.ModelVersionTag),
            Get(metrics, MonitoringMetrics.WindowRows), Get(metrics, MonitoringMetrics.DriftedShare), metrics.GetValueOrDefault(MonitoringMetrics.DatasetDetected) > 0,
            Get(metrics, MonitoringMetrics.EstimatedAccuracy), Get(metrics, MonitoringMetrics.LabelledAccuracy),
            Get(metrics, MonitoringMetrics.LabelledAccuracyLow), Get(metrics, MonitoringMetrics.LabelledAccuracyHigh), features)
        {
            LabelledErrors = Get(metrics, MonitoringMetrics.LabelledRmse) is { } rmse && Get(metrics, MonitoringMetrics.LabelledMae) is { } mae
                ? (rmse, mae)
                : null,
        };
    }

    private static double? Get(Dictionary<string, double> metrics, string key) => metrics.TryGetValue(key, out var v) ? v : null;
}
