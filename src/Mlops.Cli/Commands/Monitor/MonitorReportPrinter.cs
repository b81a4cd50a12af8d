using System.Globalization;
using System.Text.Json.Nodes;
using Mlops.Monitoring.Drift;
using Mlops.Monitoring.Reports;
using Spectre.Console;

namespace Mlops.Cli.Commands.Monitor;

/// <summary>A monitoring report on the console: the drift table, performance and verdict, or the report's JSON with its run id.</summary>
internal static class MonitorReportPrinter
{
    public static JsonObject Json(MonitorOutcome outcome) => new()
    {
        ["run_id"] = outcome.RunId,
        ["drift_detected"] = outcome.Report.DriftDetected,
        ["performance_dropped"] = outcome.Report.PerformanceDropped,
        ["report"] = JsonNode.Parse(MonitoringReportJson.Serialize(outcome.Report)),
    };

    public static void Render(MonitorOutcome outcome)
    {
        var (report, runId) = (outcome.Report, outcome.RunId);
        var w = report.Window;
        Console.Out.WriteLine($"{report.Model.Uri} (reference: v{report.Model.Version}), window {w.Selection}: {w.Rows} predictions, {w.LabelledRows} labelled");
        var table = new Table().AddColumns("feature", "test", "score", "p-value", "threshold", "drifted", "PSI");
        foreach (var c in report.Drift.Columns.Append(report.PredictionDrift))
        {
            table.AddRow(Markup.Escape(c.Feature), DriftTestNames.Name(c.Test), Format.Number(c.Score), Format.Number(c.PValue),
                Format.Number(c.Threshold), c.Detected ? "[red]yes[/]" : "no", Format.Number(c.Psi));
        }
        AnsiConsole.Write(table);
        Console.Out.WriteLine($"dataset drift: {(report.Drift.Detected ? "yes" : "no")} ({report.Drift.DriftedCount} of {report.Drift.Columns.Count} inputs, " +
            $"share {Format.Number(report.Drift.DriftedShare)} vs {Format.Number(report.Drift.ShareThreshold)}); prediction drift: {(report.PredictionDrift.Detected ? "yes" : "no")}");
        foreach (var line in PerformanceLines(report))
        {
            Console.Out.WriteLine(line);
        }
        if (report.Slices.Count > 0)
        {
            var slices = new Table().AddColumns("slice", "predictions", "drifted inputs", "dataset drift", "labelled",
                report.Regression is null ? "labelled accuracy" : "labelled RMSE");
            foreach (var s in report.Slices)
            {
                slices.AddRow(s.Report is not { } r
                    ? [Markup.Escape(s.Name), s.Rows.ToString(CultureInfo.InvariantCulture), $"too small (< {s.MinRows.ToString(CultureInfo.InvariantCulture)})", "", "", ""]
                    : [Markup.Escape(s.Name), s.Rows.ToString(CultureInfo.InvariantCulture), Format.Number(r.Drift.DriftedShare), r.Drift.Detected ? "[red]yes[/]" : "no",
                        r.Window.LabelledRows.ToString(CultureInfo.InvariantCulture),
                        SliceFigure(r)]);
            }
            AnsiConsole.Write(slices);
        }
        Console.Out.WriteLine($"run {runId}: drift_report.json, drift_report.html");
    }

    private static IEnumerable<string> PerformanceLines(MonitoringReport report)
    {
        if (report.Regression is { } r)
        {
            yield return r.Labelled is { } e
                ? $"labelled RMSE {Format.Number(e.Rmse)}, MAE {Format.Number(e.Mae)} (n={e.Count.ToString(CultureInfo.InvariantCulture)}) vs reference RMSE " +
                  $"{Format.Number(r.ReferenceRmse)}, MAE {Format.Number(r.ReferenceMae)}{(r.LabelledDrop ? ": DROP" : "")}"
                : "labelled RMSE/MAE: no labels in the window";
        }
        if (report.Performance is not { } p)
        {
            yield break;
        }
        yield return p.Labelled is { } l
            ? $"labelled accuracy {Format.Number(l.Accuracy)} (95% Wilson {Format.Number(l.AccuracyInterval.Low)}-{Format.Number(l.AccuracyInterval.High)}, n={l.Count.ToString(CultureInfo.InvariantCulture)}) vs reference {Format.Number(p.Reference.Accuracy)}{(p.LabelledDrop ? ": DROP" : "")}"
            : "labelled accuracy: no labels in the window";
        yield return $"estimated accuracy (CBPE) {Format.Number(p.EstimatedAccuracy)} vs reference {Format.Number(p.Reference.Accuracy)}{(p.EstimatedDrop ? ": DROP" : "")}";
    }

    private static string SliceFigure(MonitoringReport r) => r.Performance?.Labelled is { } sl
        ? Format.Number(sl.Accuracy) + (r.Performance.LabelledDrop ? " DROP" : "")
        : r.Regression?.Labelled is { } rl ? Format.Number(rl.Rmse) + (r.Regression.LabelledDrop ? " DROP" : "") : "";
}
