using System.Globalization;
using System.Text;
using Mlops.Monitoring.Drift;

namespace Mlops.Monitoring.Reports;

/// <summary>
/// drift_report.html: one self-contained page (inline CSS and SVG, no script, nothing fetched) with the verdict, the
/// drift table, the performance panel and a reference-vs-current chart per input. Every value from the data is
/// HTML-escaped.
/// </summary>
public static partial class DriftReportHtml
{
    public static string Render(MonitoringReport report)
    {
        var title = $"Monitoring report: {report.Model.Uri}";
        var html = HtmlPage.Begin(title, HtmlPage.TableCss + ".charts{display:flex;flex-wrap:wrap;gap:1em}figure{margin:0}figcaption{font-size:90%}", 64 * 1024);
        Verdict(html, report);
        DriftTable(html, report);
        if (report.Performance is { } performance)
        {
            PerformancePanel(html, performance);
        }
        else if (report.Regression is { } regression)
        {
            RegressionPanel(html, regression);
        }
        html.Append("<h2>Distributions: reference (grey) vs current (blue)</h2>\n<div class=\"charts\">\n");
        foreach (var distribution in report.Distributions)
        {
            Chart(html, distribution);
        }
        html.Append("</div>\n");
        return HtmlPage.End(html);
    }

    private static void Verdict(StringBuilder html, MonitoringReport r)
    {
        var w = r.Window;
        html.Append("<p>Model version ").Append(E(r.Model.Version?.ToString(CultureInfo.InvariantCulture) ?? "?"))
            .Append(" · window ").Append(E(w.Selection)).Append(": ").Append(w.Rows).Append(" predictions");
        if (w.From is { } from && w.To is { } to)
        {
            html.Append(" from ").Append(E(from.UtcDateTime.ToString("u", CultureInfo.InvariantCulture)))
                .Append(" to ").Append(E(to.UtcDateTime.ToString("u", CultureInfo.InvariantCulture)));
        }
        html.Append(", ").Append(w.LabelledRows).Append(" labelled.</p>\n<p id=\"verdict\" class=\"")
            .Append(r.DriftDetected || r.PerformanceDropped ? "drift" : "ok").Append("\">")
            .Append(r.Drift.Detected ? "Dataset drift detected" : "No dataset drift")
            .Append($" ({r.Drift.DriftedCount} of {r.Drift.Columns.Count} inputs drifted, share {F(r.Drift.DriftedShare)}, threshold {F(r.Drift.ShareThreshold)})")
            .Append(r.PredictionDrift.Detected ? "; prediction drift detected" : "; no prediction drift")
            .Append(r.PerformanceDropped ? "; performance dropped" : "; no performance drop").Append(".</p>\n");
    }

    private static void DriftTable(StringBuilder html, MonitoringReport r)
    {
        html.Append("<h2>Drift per input</h2>\n<table id=\"drift-table\"><thead><tr><th>feature</th><th>kind</th><th>test</th>")
            .Append("<th>score</th><th>p-value</th><th>threshold</th><th>drifted</th><th>PSI</th></tr></thead><tbody>\n");
        foreach (var c in r.Drift.Columns.Append(r.PredictionDrift))
        {
            html.Append("<tr><td>").Append(E(c.Feature)).Append("</td><td>").Append(E(c.Kind.ToString())).Append("</td><td>")
                .Append(E(DriftTestNames.Name(c.Test))).Append("</td><td>").Append(F(c.Score)).Append("</td><td>")
                .Append(c.PValue is { } p ? F(p) : "").Append("</td><td>").Append(F(c.Threshold)).Append("</td><td class=\"")
                .Append(c.Detected ? "drift\">yes" : "ok\">no").Append("</td><td>").Append(F(c.Psi)).Append("</td></tr>\n");
        }
        html.Append("</tbody></table>\n");
    }

    private static string E(string text) => HtmlPage.Encode(text);

    private static string F(double value) => HtmlPage.Number(value);
}
