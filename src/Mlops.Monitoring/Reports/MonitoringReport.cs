using Mlops.Monitoring.Drift;

namespace Mlops.Monitoring.Reports;

/// <summary>
/// Everything one monitoring run found for a model over a window: drift per input and of the dataset, drift of the
/// predicted classes, performance (labelled and estimated) beside the reference's, and the distributions to draw.
/// </summary>
public sealed record MonitoringReport(
    string Format,
    MonitoredModel Model,
    WindowSummary Window,
    DatasetDrift Drift,
    ColumnDrift PredictionDrift,
    PerformanceReport Performance,
    IReadOnlyList<FeatureDistribution> Distributions)
{
    public const string CurrentFormat = "mlops.monitoring_report/v1";
    public const string JsonFileName = "drift_report.json";
    public const string HtmlFileName = "drift_report.html";

    /// <summary>The report of each slice of the window (monitoring options' slices), in their order.</summary>
    public IReadOnlyList<SliceReport> Slices { get; init; } = [];

    public bool DriftDetected => Drift.Detected || PredictionDrift.Detected;

    public bool PerformanceDropped => Performance.LabelledDrop || Performance.EstimatedDrop;
}
