using Mlops.Core.Tracking;

namespace Mlops.Web.Monitoring;

/// <summary>
/// One `mlops monitor run` as the monitoring page shows it, read from the tracked run's tags and metrics (names from
/// Mlops.Monitoring's MonitoringRunRecorder and MonitoringMetrics): the window, the drifted share, each input's drift
/// score and flag, and the estimated and labelled accuracy.
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
    public const string ModelNameTag = "mlops.monitoring.model_name";
    private const string ScorePrefix = "drift.score.";

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
            if (key.StartsWith(ScorePrefix, StringComparison.Ordinal))
            {
                var feature = key[ScorePrefix.Length..];
                features[feature] = new FeatureDrift(score, metrics.GetValueOrDefault("drift.detected." + feature) > 0,
                    metrics.TryGetValue("drift.p_value." + feature, out var p) ? p : null);
            }
        }
        return new DriftRun(run.Info.RunId, run.Info.StartTime, run.Tags.GetValueOrDefault("mlops.monitoring.model_version"),
            Get(metrics, "window.rows"), Get(metrics, "drift.share"), metrics.GetValueOrDefault("drift.dataset_detected") > 0,
            Get(metrics, "performance.estimated_accuracy"), Get(metrics, "performance.accuracy"),
            Get(metrics, "performance.accuracy_low"), Get(metrics, "performance.accuracy_high"), features);
    }

    private static double? Get(Dictionary<string, double> metrics, string key) => metrics.TryGetValue(key, out var v) ? v : null;
}
