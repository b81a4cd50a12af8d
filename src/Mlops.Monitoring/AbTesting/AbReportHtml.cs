using System.Globalization;
using System.Text;
using Mlops.Core.AbTesting;
using Mlops.Monitoring.Reports;

namespace Mlops.Monitoring.AbTesting;

/// <summary>
/// ab_report.html: one self-contained page (inline CSS, no script, nothing fetched) with the verdict and its reason,
/// the variants, the comparisons, the SRM check, the horizon, the shadow disagreement and the methods. Every value
/// from the store is HTML-escaped.
/// </summary>
public static class AbReportHtml
{
    public static string Render(AbReport report)
    {
        var html = HtmlPage.Begin($"A/B test: {report.TestName}", HtmlPage.TableCss + Css);
        html.Append("<p>Model ").Append(E(report.ModelName)).Append(" · ").Append(E(report.Mode.ToString().ToLowerInvariant())).Append(" mode · metric ")
            .Append(E(report.Metric)).Append(" · ").Append(E(report.Status.ToString().ToLowerInvariant())).Append(" since ")
            .Append(E(report.StartedAt.UtcDateTime.ToString("u", CultureInfo.InvariantCulture))).Append(" · test id ").Append(E(report.TestId)).Append("</p>\n")
            .Append("<p id=\"verdict\" class=\"").Append(report.Verdict == AbVerdict.Inconclusive ? "drift" : "ok").Append("\"><strong>")
            .Append(E(report.Verdict.ToString())).Append("</strong>: ").Append(E(report.Reason)).Append("</p>\n");
        Variants(html, report);
        Comparisons(html, report);
        Checks(html, report);
        html.Append("<h2>Methods</h2>\n<p>Accuracy: share of labelled predictions whose predicted class equals the label, with a 95% Wilson interval. ")
            .Append("Difference: challenger − control, 95% ").Append(E(AbComparison.IntervalMethod)).Append(" interval; p-value: ")
            .Append(E(AbComparison.TestMethod)).Append(". Fixed horizon: no verdict before every variant has ").Append(report.Horizon.RequiredPerVariant)
            .Append(" labelled predictions (minimum detectable effect ").Append(F(report.MinimumDetectableEffect)).Append(" over baseline ")
            .Append(F(report.BaselineRate)).Append(", alpha ").Append(F(report.Alpha)).Append(", power ").Append(F(report.Power)).Append(").</p>\n");
        return HtmlPage.End(html);
    }

    private static void Variants(StringBuilder html, AbReport r)
    {
        html.Append("<h2>Variants</h2>\n<table id=\"variants\"><thead><tr><th>variant</th><th>version</th><th>share</th><th>requests</th>")
            .Append("<th>labelled</th><th>correct</th><th>accuracy</th><th>95% Wilson</th></tr></thead><tbody>\n");
        foreach (var v in r.Variants)
        {
            html.Append("<tr><td>").Append(E(v.Name)).Append("</td><td>").Append(v.Version).Append("</td><td>").Append(F(v.Share)).Append("</td><td>")
                .Append(v.Requests).Append("</td><td>").Append(v.Labelled).Append("</td><td>").Append(v.Correct).Append("</td><td>")
                .Append(v.Accuracy is { } a ? F(a) : "no labels").Append("</td><td>")
                .Append(v.AccuracyInterval is { } i ? $"{F(i.Low)} – {F(i.High)}" : "").Append("</td></tr>\n");
        }
        html.Append("</tbody></table>\n");
    }

    private static void Comparisons(StringBuilder html, AbReport r)
    {
        html.Append("<h2>Challenger − control</h2>\n");
        if (r.Comparisons.Count == 0)
        {
            html.Append("<p>No comparison yet: a variant has no labelled prediction.</p>\n");
            return;
        }
        html.Append("<table id=\"comparisons\"><thead><tr><th>challenger</th><th>control</th><th>difference</th><th>95% interval</th>")
            .Append("<th>z</th><th>p-value</th><th>alpha</th><th>significant</th></tr></thead><tbody>\n");
        foreach (var c in r.Comparisons)
        {
            html.Append("<tr><td>").Append(E(c.Challenger)).Append("</td><td>").Append(E(c.Control)).Append("</td><td>").Append(F(c.Difference.Difference))
                .Append("</td><td>").Append(F(c.Difference.Low)).Append(" – ").Append(F(c.Difference.High)).Append("</td><td>").Append(F(c.Z))
                .Append("</td><td>").Append(P(c.PValue)).Append("</td><td>").Append(F(c.Alpha)).Append("</td><td>").Append(c.Significant ? "yes" : "no")
                .Append("</td></tr>\n");
        }
        html.Append("</tbody></table>\n");
    }

    private static void Checks(StringBuilder html, AbReport r)
    {
        var h = r.Horizon;
        html.Append("<h2>Horizon</h2>\n<p id=\"horizon\">").Append(h.FewestLabelled).Append(" of ").Append(h.RequiredPerVariant)
            .Append(" labelled predictions in the variant furthest behind (").Append(F(h.Progress * 100)).Append("%)")
            .Append(h.Reached ? ": reached." : ": not reached.").Append("</p>\n<div class=\"bar\"><div style=\"width:")
            .Append(F(h.Progress * 100)).Append("%\"></div></div>\n");
        if (r.SampleRatio is { } srm)
        {
            html.Append("<h2>Sample ratio</h2>\n<p id=\"srm\" class=\"").Append(srm.Flagged ? "drift" : "ok").Append("\">Chi-square ").Append(F(srm.ChiSquare))
                .Append(", p = ").Append(P(srm.PValue)).Append(srm.Flagged ? ": mismatch (p < " : ": consistent with the planned split (threshold ")
                .Append(F(srm.Threshold)).Append(").</p>\n");
        }
        if (r.Shadows.Count > 0)
        {
            html.Append("<h2>Shadow disagreement</h2>\n<table id=\"shadows\"><thead><tr><th>shadow variant</th><th>pairs</th><th>disagreements</th>")
                .Append("<th>rate</th></tr></thead><tbody>\n");
            foreach (var s in r.Shadows)
            {
                html.Append("<tr><td>").Append(E(s.Variant)).Append("</td><td>").Append(s.Pairs).Append("</td><td>").Append(s.Disagreements)
                    .Append("</td><td>").Append(s.DisagreementRate is { } rate ? F(rate) : "").Append("</td></tr>\n");
            }
            html.Append("</tbody></table>\n");
        }
    }

    private const string Css = ".bar{width:320px;height:14px;background:#eee;border:1px solid #ccc}.bar div{height:100%;background:#3366cc}";

    private static string E(string text) => HtmlPage.Encode(text);

    private static string F(double value) => HtmlPage.Number(value);

    private static string P(double value) => E(value.ToString("G3", CultureInfo.InvariantCulture));
}
