using System.Globalization;
using System.Text;

namespace Mlops.Monitoring.Reports;

public static partial class DriftReportHtml
{
    private const int ChartWidth = 320;
    private const int ChartHeight = 140;

    private static void PerformancePanel(StringBuilder html, PerformanceReport p)
    {
        html.Append("<h2>Performance</h2>\n<table id=\"performance\"><thead><tr><th>figure</th><th>reference (held-out)</th><th>window</th></tr></thead><tbody>\n");
        var labelled = p.Labelled;
        Row(html, "accuracy (labelled)", F(p.Reference.Accuracy), labelled is null
            ? "no labels"
            : $"{F(labelled.Accuracy)} (95% Wilson {F(labelled.AccuracyInterval.Low)}–{F(labelled.AccuracyInterval.High)}, n = {labelled.Count})"
              + (p.LabelledDrop ? " dropped" : ""));
        Row(html, "macro-F1 (labelled)", F(p.Reference.MacroF1), labelled is null ? "no labels" : F(labelled.MacroF1));
        Row(html, "estimated accuracy (CBPE)", F(p.Reference.Accuracy), F(p.EstimatedAccuracy) + (p.EstimatedDrop ? " dropped" : ""));
        foreach (var (label, recall) in p.Reference.PerClassRecall)
        {
            var current = labelled is not null && labelled.RecallByClass.TryGetValue(label, out var r) ? F(r) : "";
            Row(html, $"recall {label}", F(recall), current);
        }
        html.Append("</tbody></table>\n");
    }

    private static void RegressionPanel(StringBuilder html, RegressionPerformanceReport p)
    {
        html.Append("<h2>Performance</h2>\n<table id=\"performance\"><thead><tr><th>figure</th><th>reference (held-out)</th><th>window</th></tr></thead><tbody>\n");
        var labelled = p.Labelled;
        var dropped = p.LabelledDrop ? " dropped" : "";
        Row(html, "RMSE (labelled)", F(p.ReferenceRmse), labelled is null ? "no labels" : $"{F(labelled.Rmse)} (n = {labelled.Count}){dropped}");
        Row(html, "MAE (labelled)", F(p.ReferenceMae), labelled is null ? "no labels" : F(labelled.Mae) + dropped);
        html.Append("</tbody></table>\n");
    }

    private static void Row(StringBuilder html, string name, string reference, string window) =>
        html.Append("<tr><td>").Append(E(name)).Append("</td><td>").Append(reference).Append("</td><td>").Append(E(window)).Append("</td></tr>\n");

    /// <summary>Side-by-side bars per bin, scaled to the largest share of either distribution.</summary>
    private static void Chart(StringBuilder html, FeatureDistribution d)
    {
        var bins = d.Bins.Count;
        var top = Math.Max(d.Reference.DefaultIfEmpty(0).Max(), d.Current.DefaultIfEmpty(0).Max());
        var slot = (double)ChartWidth / Math.Max(1, bins);
        html.Append("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(ChartWidth).Append("\" height=\"").Append(ChartHeight + 20)
            .Append("\" role=\"img\"><title>").Append(E(d.Feature)).Append("</title>");
        for (var i = 0; i < bins; i++)
        {
            Bar(html, i * slot, slot / 2, d.Reference[i], top, "#999", string.Create(CultureInfo.InvariantCulture, $"{d.Bins[i]}: reference {d.Reference[i]:P1}"));
            Bar(html, (i * slot) + (slot / 2), slot / 2, d.Current[i], top, "#3366cc", string.Create(CultureInfo.InvariantCulture, $"{d.Bins[i]}: current {d.Current[i]:P1}"));
        }
        html.Append("<line x1=\"0\" y1=\"").Append(ChartHeight).Append("\" x2=\"").Append(ChartWidth).Append("\" y2=\"").Append(ChartHeight)
            .Append("\" stroke=\"#333\"/><text x=\"0\" y=\"").Append(ChartHeight + 15).Append("\" font-size=\"11\">").Append(E(d.Bins.FirstOrDefault() ?? ""))
            .Append("</text><text x=\"").Append(ChartWidth).Append("\" y=\"").Append(ChartHeight + 15).Append("\" font-size=\"11\" text-anchor=\"end\">")
            .Append(E(d.Bins.LastOrDefault() ?? "")).Append("</text></svg><figcaption>").Append(E(d.Feature)).Append("</figcaption></figure>\n");
    }

    private static void Bar(StringBuilder html, double x, double width, double share, double top, string colour, string tip)
    {
        var height = top > 0 ? share / top * (ChartHeight - 5) : 0;
        html.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(ChartHeight - height)).Append("\" width=\"").Append(N(Math.Max(1, width - 1)))
            .Append("\" height=\"").Append(N(height)).Append("\" fill=\"").Append(colour).Append("\"><title>").Append(E(tip)).Append("</title></rect>");
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
