using System.Text.Json;

namespace Mlops.Monitoring.Reports;

/// <summary>drift_report.json: the whole <see cref="MonitoringReport"/>, readable back by <c>monitor show</c>.</summary>
public static class MonitoringReportJson
{
    public static string Serialize(MonitoringReport report) => JsonSerializer.Serialize(report, MonitoringJsonContext.Default.MonitoringReport);

    public static MonitoringReport Parse(string json, string source) =>
        ReportJson.Parse(json, MonitoringJsonContext.Default.MonitoringReport, r => r.Format, MonitoringReport.CurrentFormat, "monitoring", source);
}
