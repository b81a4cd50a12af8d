using System.Globalization;
using Mlops.Cli.Commands.Pipeline;
using Mlops.Lifecycle.Sweeps;
using Spectre.Console;

namespace Mlops.Cli.Commands.Sweep;

/// <summary>The ranked table of a sweep, the best trial and its retrained run; or all of it as JSON.</summary>
internal static class SweepPrinter
{
    public static void Print(SweepOutcome outcome, string storeUri)
    {
        var table = SweepTable.Of(outcome);
        Console.Out.WriteLine();
        Tables.Write(table.Header.Select(Markup.Escape), table.Rows.Select(r => r.Select(Markup.Escape).ToArray()));
        Console.Out.WriteLine($"Sweep run {outcome.ParentRunId}: {outcome.Ranked.Count} trials, {outcome.Ranked.Count(r => r.Failed)} failed, " +
            $"{outcome.Folds}-fold cross-validation, {outcome.Parallelism} at a time ({outcome.WorkerProcesses} in worker processes), {Seconds(outcome)} s");
        if (outcome.Best is { } best)
        {
            Console.Out.WriteLine($"Best: {best.Trial.RunName(outcome.Ranked.Count)} (run {best.RunId}): {string.Join(" ", best.Trial.Overrides)}");
        }
        if (outcome.BestRun is { } run)
        {
            RunSummaryPrinter.Print(run, storeUri);
        }
    }

    public static void WriteJson(SweepOutcome outcome)
    {
        var table = SweepTable.Of(outcome);
        JsonOutput.Write(new
        {
            outcome.ParentRunId,
            outcome.Metric,
            Direction = outcome.Direction.ToString(),
            outcome.Folds,
            outcome.Parallelism,
            outcome.WorkerProcesses,
            TrialsSeconds = outcome.TrialsElapsed.TotalSeconds,
            Table = new { table.Header, table.Rows },
            Trials = outcome.Ranked.Select(r => new
            {
                r.Trial.Number,
                r.RunId,
                Status = r.Failed ? "FAILED" : "FINISHED",
                Params = r.Trial.Assignments.ToDictionary(a => a.Key, a => a.Value),
                Mean = r.Failed ? (double?)null : r.Score(outcome.Metric).Mean,
                Std = r.Failed ? (double?)null : r.Score(outcome.Metric).Std,
                r.Error,
                Seconds = r.Elapsed.TotalSeconds,
            }),
            BestTrial = outcome.Best?.Trial.Number,
            PipelineRunId = outcome.BestRun?.RunId,
            outcome.BestRun?.Registration,
        });
    }

    private static string Seconds(SweepOutcome outcome) => outcome.TrialsElapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
}
