using System.Xml.Linq;
using Mlops.Monitoring.Profiles;
using Mlops.Monitoring.Reports;

namespace Mlops.Monitoring.Tests.Reports;

public sealed class DriftReportHtmlTests
{
    [Fact]
    public async Task Render_Report_OneDriftRowPerInputPlusPredictionAndValuesEscaped()
    {
        var log = new MemoryPredictionLog();
        SyntheticData.Log(log, 300, seed: 8);
        var report = await MonitoringRun.ComputeAsync(log, log, SyntheticData.Profile(), new MonitoredModel("models:/<b>m</b>@x&y", "m", 1),
            new WindowSelection(SyntheticData.Model) { MaxRows = 300 });

        var html = DriftReportHtml.Render(report);

        Assert.DoesNotContain("<b>m</b>", html);
        Assert.Contains("models:/&lt;b&gt;m&lt;/b&gt;@x&amp;y", html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", ""));
        Assert.DoesNotContain("<script", html);
        var table = html[html.IndexOf("<table id=\"drift-table\"", StringComparison.Ordinal)..];
        table = table[..(table.IndexOf("</table>", StringComparison.Ordinal) + "</table>".Length)];
        var rows = XElement.Parse(table).Descendants("tbody").Single().Elements("tr").ToList();
        Assert.Equal(["x", "c", "prediction"], rows.Select(r => r.Elements("td").First().Value));
        Assert.Equal(2, html.Split("<svg ").Length - 1);
    }

    [Fact]
    public async Task JsonRoundTrip_Report_SameVerdictsAndFigures()
    {
        var log = new MemoryPredictionLog();
        SyntheticData.Log(log, 300, seed: 9, shift: 2);
        var report = await MonitoringRun.ComputeAsync(log, log, SyntheticData.Profile(), new MonitoredModel("models:/m/1", "m", 1),
            new WindowSelection(SyntheticData.Model) { ModelVersion = 1 });

        var read = MonitoringReportJson.Parse(MonitoringReportJson.Serialize(report), "test");

        Assert.Equal(report.Drift.Columns, read.Drift.Columns);
        Assert.Equal(report.DriftDetected, read.DriftDetected);
        Assert.Equal(report.Performance!.EstimatedAccuracy, read.Performance!.EstimatedAccuracy);
        Assert.Equal(FeatureKind.Numeric, read.Distributions[0].Kind);
    }
}
