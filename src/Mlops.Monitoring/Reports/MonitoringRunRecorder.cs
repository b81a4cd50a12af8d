using System.Globalization;
using Mlops.Core.Artifacts;
using Mlops.Core.Tracking;

namespace Mlops.Monitoring.Reports;

/// <summary>
/// Records a report as a tracked run, so monitoring results are searched and compared like training runs: the
/// metrics of <see cref="MonitoringMetrics"/>, tags naming the model, version and window, and the report as
/// drift_report.json and drift_report.html.
/// </summary>
public static class MonitoringRunRecorder
{
    /// <summary>Tags naming the monitored model and version, read back by the web UI's monitoring page.</summary>
    public const string ModelNameTag = "mlops.monitoring.model_name", ModelVersionTag = "mlops.monitoring.model_version";

    public static async Task<string> RecordAsync(
        ITrackingStore tracking, IArtifactStore artifacts, string experiment, MonitoringReport report, TimeProvider time, CancellationToken ct = default)
    {
        var window = report.Window;
        var tags = new Dictionary<string, string>
        {
            ["mlflow.source.name"] = "mlops monitor run",
            ["mlops.monitoring.model_uri"] = report.Model.Uri,
            [MonitoringRunRecorder.ModelNameTag] = report.Model.Name,
            [MonitoringRunRecorder.ModelVersionTag] = report.Model.Version?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["mlops.monitoring.window"] = window.Selection,
            ["mlops.monitoring.window_versions"] = string.Join(',', window.RowsByVersion.Keys),
            ["mlops.monitoring.drift_detected"] = report.DriftDetected ? "true" : "false",
            ["mlops.monitoring.performance_drop"] = report.PerformanceDropped ? "true" : "false",
        };
        if (window.From is { } from && window.To is { } to)
        {
            tags["mlops.monitoring.window_from"] = from.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
            tags["mlops.monitoring.window_to"] = to.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        }
        var files = new Dictionary<string, string>
        {
            [MonitoringReport.JsonFileName] = MonitoringReportJson.Serialize(report),
            [MonitoringReport.HtmlFileName] = DriftReportHtml.Render(report),
        };
        return await TrackedReportRun.RecordAsync(tracking, artifacts, experiment, $"monitor-{time.GetUtcNow():yyyyMMdd-HHmmss}", tags,
            MonitoringMetrics.From(report), files, time, ct);
    }
}
