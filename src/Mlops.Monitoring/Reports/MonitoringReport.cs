using Mlops.Monitoring.Drift;

namespace Mlops.Monitoring.Reports;

/// <summary>
/// Everything one monitoring run found for a model over a window: drift per input and of the dataset, drift of the
/// predicted classes, performance (labelled and estimated) beside the reference's, and the distributions to draw. For a
/// regression model <see cref="Performance"/> is null: the prediction drift is of the predicted values and the
/// performance (RMSE, MAE) is in <see cref="Regression"/>.
/// </summary>
public sealed record MonitoringReport(
    string Format,
    MonitoredModel Model,
    WindowSummary Window,
    DatasetDrift Drift,
    ColumnDrift PredictionDrift,
    PerformanceReport? Performance,
    IReadOnlyList<FeatureDistribution> Distributions)
{
    public const string CurrentFormat = "mlops.monitoring_report/v1";
    public const string JsonFileName = "drift_report.json";
    public const string HtmlFileName = "drift_report.html";

    /// <summary>The report of each slice of the window (monitoring options' slices), in their order.</summary>
    public IReadOnlyList<SliceReport> Slices { get; init; } = [];

    public bool DriftDetected => Drift.Detected || PredictionDrift.Detected;

    /// <summary>A regression model's RMSE and MAE beside the held-out ones; null for a classifier.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public RegressionPerformanceReport? Regression { get; init; }

    public bool PerformanceDropped => Performance is { } p ? p.LabelledDrop || p.EstimatedDrop : Regression?.LabelledDrop ?? false;
}
