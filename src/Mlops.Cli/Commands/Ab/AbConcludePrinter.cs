namespace Mlops.Cli.Commands.Ab;

/// <summary>`ab conclude`'s text: the analysis, then what was decided and done.</summary>
internal static class AbConcludePrinter
{
    public static void Render(AbConcludeView view)
    {
        AbReportPrinter.Render(view.Analysis);
        var name = view.Analysis.Report.TestName;
        if (view.Analysis.Report.Verdict == Mlops.Core.AbTesting.AbVerdict.Inconclusive)
        {
            Console.Out.WriteLine($"Not concluded: no verdict yet (see the reason above), so nothing moved and '{name}' stays open; " +
                "conclude again once the horizon is reached (or `mlops ab stop` to end its traffic).");
            return;
        }
        Console.Out.WriteLine(view.Promotion is { } p ? $"champion alias: {p.Reason}" : "champion alias: stays (the challenger did not win)");
        Console.Out.WriteLine(view.Conclusion is { } c
            ? $"Concluded '{name}': {c.Verdict}; analysis recorded in run {c.RunId}" + (c.PromotedVersion is { } v ? $"; champion is now version {v}." : ".")
            : $"Dry run: '{name}' stays open; nothing was recorded or moved.");
    }
}
