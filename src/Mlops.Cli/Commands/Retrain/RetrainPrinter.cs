using System.Globalization;
using Mlops.Lifecycle.Retraining;

namespace Mlops.Cli.Commands.Retrain;

/// <summary>Prints a tick's outcome for people (the steps were printed as they happened), or as JSON.</summary>
internal static class RetrainPrinter
{
    public static void Print(RetrainTickOutcome outcome, bool json)
    {
        if (json)
        {
            JsonOutput.Write(outcome);
            return;
        }
        var writer = outcome.Status is RetrainTickStatus.LeaseHeld or RetrainTickStatus.Failed ? Console.Error : Console.Out;
        if (outcome.Gate is { } gate)
        {
            Console.Out.WriteLine($"gate {gate.Metric}: new holdout {Pair(gate.Candidate.Holdout, gate.Champion?.Holdout, gate.Metric)}, " +
                $"original held-out {Pair(gate.Candidate.OriginalHeldOut, gate.Champion?.OriginalHeldOut, gate.Metric)} (candidate / champion)");
        }
        if (outcome.ParentRunId is { } parent)
        {
            Console.Out.WriteLine($"audit run {parent}" + (outcome.ChildRunId is { } child ? $", pipeline run {child}" : ""));
        }
        writer.WriteLine($"retrain: {outcome.Summary}");
    }

    /// <summary>The stream progress lines go to: stderr when stdout carries JSON.</summary>
    public static Action<string> Progress(bool json) => json ? Console.Error.WriteLine : Console.Out.WriteLine;

    private static string Pair(IReadOnlyDictionary<string, double> candidate, IReadOnlyDictionary<string, double>? champion, string metric) =>
        $"{F(candidate.GetValueOrDefault(metric, double.NaN))} / {(champion is null ? "-" : F(champion.GetValueOrDefault(metric, double.NaN)))}";

    private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
