using Mlops.Lifecycle;
using Spectre.Console;

namespace Mlops.Cli.Commands.Pipeline;

/// <summary>The end of `pipeline run`: run id, headline metrics, and what the registry did.</summary>
public static class RunSummaryPrinter
{
    private static readonly string[] Headline =
        ["accuracy", "macro_f1", "macro_precision", "macro_recall", "weighted_f1", "log_loss", "business_cost", "rmse", "mae", "r2"];

    public const string NothingChanged = "Nothing changed: every stage was skipped and no run was recorded.";

    public static void Print(PipelineRunReport report, string storeUri)
    {
        foreach (var reaped in report.ReapedRuns)
        {
            Console.Out.WriteLine($"Marked run left RUNNING by a crashed pipeline FAILED: {reaped}");
        }
        if (report.RunId is null)
        {
            Console.Out.WriteLine(NothingChanged);
            return;
        }
        Console.Out.WriteLine();
        Console.Out.WriteLine($"Run {report.RunId} recorded in {storeUri}");
        if (report.FeatureSet is { } featureSet)
        {
            Console.Out.WriteLine(featureSet.Created
                ? $"Feature set {featureSet.Version.Reference} recorded (a new version)."
                : $"Feature set {featureSet.Version.Reference}: unchanged, the version was kept.");
        }
        var table = new Table().AddColumns("metric", "value");
        foreach (var key in Headline.Where(report.HeadlineMetrics.ContainsKey))
        {
            table.AddRow(key, Format.Number(report.HeadlineMetrics[key]));
        }
        var m = report.HeadlineMetrics;
        if (m.TryGetValue("train.cross_validation.accuracy_mean", out var cvMean) && m.TryGetValue("train.cross_validation.accuracy_std", out var cvStd))
        {
            table.AddRow("cv accuracy", $"{Format.Number(cvMean)} ± {Format.Number(cvStd)}");
        }
        if (m.TryGetValue("leakage.near_copy_share", out var leakage))
        {
            table.AddRow("test rows with a near-copy in train", Format.Number(leakage));
        }
        if (table.Rows.Count > 0)
        {
            AnsiConsole.Write(table);
        }
        if (Runs.SliceTable.From(report.HeadlineMetrics) is { } slices)
        {
            AnsiConsole.Write(slices);
        }
        if (report.Registration is { } r)
        {
            Console.Out.WriteLine(r.Reused
                ? $"Reused {r.ModelName} version {r.Version}: it holds the same model content (validation {r.ValidationStatus})."
                : $"Registered {r.ModelName} version {r.Version} (validation {r.ValidationStatus}).");
            var stage = r.Stage == Core.Registry.ModelStage.Staging ? "Staging" : "None (below the Staging threshold)";
            Console.Out.WriteLine(r.Reused ? $"  stage: {stage}" : $"  stage: None -> {stage}");
            Console.Out.WriteLine(r.BecameChampion
                ? $"  alias: champion -> version {r.Version} ({r.ChampionReason})"
                : $"  alias: champion unchanged ({r.ChampionReason})");
            foreach (var reason in r.Reasons)
            {
                Console.Out.WriteLine($"    - {reason}");
            }
        }
    }
}
