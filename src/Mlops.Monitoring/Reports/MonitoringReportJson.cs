using System.Text.Json;
using Mlops.Core.Errors;

namespace Mlops.Monitoring.Reports;

/// <summary>drift_report.json: the whole <see cref="MonitoringReport"/>, readable back by <c>monitor show</c>.</summary>
public static class MonitoringReportJson
{
    public static string Serialize(MonitoringReport report) => JsonSerializer.Serialize(report, MonitoringJsonContext.Default.MonitoringReport);

    public static MonitoringReport Parse(string json, string source)
    {
        try
        {
            var report = JsonSerializer.Deserialize(json, MonitoringJsonContext.Default.MonitoringReport);
            return report?.Format == MonitoringReport.CurrentFormat
                ? report
                : throw MlopsException.Invalid($"{source} is not a {MonitoringReport.CurrentFormat} report");
        }
        catch (JsonException e)
        {
            throw MlopsException.Invalid($"{source} is not a readable monitoring report: {e.Message}");
        }
    }
}
