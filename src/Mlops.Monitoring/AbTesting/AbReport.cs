using System.Text.Json;
using Mlops.Core.AbTesting;
using Mlops.Monitoring.Reports;

namespace Mlops.Monitoring.AbTesting;

/// <summary>
/// The analysis of an A/B test: the test's plan, every variant's counts and accuracy, each challenger against the
/// control, the sample-ratio check (split mode), the shadow disagreement (shadow mode), the horizon, and the verdict
/// with its reason. <see cref="Winner"/> names the challenger to promote when the verdict is
/// <see cref="AbVerdict.ChallengerBetter"/>. Written as ab_report.json (<see cref="ToJson"/>, also `mlops ab status --json`) and
/// rendered as ab_report.html (<see cref="AbReportHtml"/>).
/// </summary>
public sealed record AbReport(
    string Format,
    string TestId,
    string TestName,
    string ModelName,
    AbMode Mode,
    string Metric,
    double Alpha,
    double Power,
    double MinimumDetectableEffect,
    double BaselineRate,
    AbStatus Status,
    DateTimeOffset StartedAt,
    IReadOnlyList<AbVariantResult> Variants,
    IReadOnlyList<AbComparison> Comparisons,
    AbSampleRatio? SampleRatio,
    IReadOnlyList<AbShadowResult> Shadows,
    AbHorizon Horizon,
    AbVerdict Verdict,
    string Reason,
    string? Winner,
    long IgnoredRows)
{
    public const string CurrentFormat = "mlops-ab-report/1";
    public const string JsonFileName = "ab_report.json";
    public const string HtmlFileName = "ab_report.html";

    public string ToJson() => JsonSerializer.Serialize(this, MonitoringJsonContext.Default.AbReport);

    /// <summary>Reads ab_report.json back; <paramref name="source"/> names it in the error when it is not one.</summary>
    public static AbReport FromJson(string json, string source) =>
        ReportJson.Parse(json, MonitoringJsonContext.Default.AbReport, r => r.Format, CurrentFormat, "A/B", source);
}
