using System.Globalization;
using Mlops.Core.Artifacts;
using Mlops.Core.Tracking;
using Mlops.Monitoring.Reports;

namespace Mlops.Monitoring.AbTesting;

/// <summary>
/// Records an A/B analysis as a tracked run: the metrics of <see cref="AbMetrics"/>, tags naming the test, the model
/// and the verdict, and the report as ab_report.json and ab_report.html.
/// </summary>
public static class AbRunRecorder
{
    public static Task<string> RecordAsync(
        ITrackingStore tracking, IArtifactStore artifacts, string experimentName, AbReport report, TimeProvider time, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tags = new Dictionary<string, string>
        {
            ["mlflow.source.name"] = "mlops ab",
            ["mlops.ab.test_name"] = report.TestName,
            ["mlops.ab.test_id"] = report.TestId,
            ["mlops.ab.model_name"] = report.ModelName,
            ["mlops.ab.mode"] = report.Mode.ToString().ToLowerInvariant(),
            ["mlops.ab.metric"] = report.Metric,
            ["mlops.ab.variants"] = string.Join(',', report.Variants.Select(v => $"{v.Name}={v.Version.ToString(CultureInfo.InvariantCulture)}")),
            ["mlops.ab.verdict"] = report.Verdict.ToString(),
            ["mlops.ab.reason"] = report.Reason,
        };
        if (report.Winner is { } winner)
        {
            tags["mlops.ab.winner"] = winner;
        }
        var files = new Dictionary<string, string>
        {
            [AbReport.JsonFileName] = report.ToJson(),
            [AbReport.HtmlFileName] = AbReportHtml.Render(report),
        };
        return TrackedReportRun.RecordAsync(tracking, artifacts, experimentName, $"ab-{report.TestName}-{time.GetUtcNow():yyyyMMdd-HHmmss}", tags,
            AbMetrics.From(report), files, time, ct);
    }
}
