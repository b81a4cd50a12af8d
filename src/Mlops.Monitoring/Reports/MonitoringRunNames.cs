namespace Mlops.Monitoring.Reports;

/// <summary>
/// The tag and metric names of a recorded monitoring run that other parts read back (the web UI's monitoring page),
/// spelled once here so the writer and the readers cannot drift apart.
/// </summary>
public static class MonitoringRunNames
{
    public const string ModelNameTag = "mlops.monitoring.model_name";
    public const string ModelVersionTag = "mlops.monitoring.model_version";

    /// <summary>Per input: drift.score.F, drift.detected.F (0/1), drift.p_value.F (p-value tests only).</summary>
    public const string ScorePrefix = "drift.score.";
    public const string DetectedPrefix = "drift.detected.";
    public const string PValuePrefix = "drift.p_value.";

    public const string DriftedShare = "drift.share";
    public const string DatasetDetected = "drift.dataset_detected";
    public const string WindowRows = "window.rows";
    public const string EstimatedAccuracy = "performance.estimated_accuracy";
    public const string LabelledAccuracy = "performance.accuracy";
    public const string LabelledAccuracyLow = "performance.accuracy_low";
    public const string LabelledAccuracyHigh = "performance.accuracy_high";
}
