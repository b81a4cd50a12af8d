using System.Globalization;
using Mlops.Core.AbTesting;
using Mlops.Monitoring.AbTesting;
using Spectre.Console;

namespace Mlops.Cli.Commands.Ab;

/// <summary>An A/B analysis on the console: the variants table, the split check, shadow disagreement, horizon, verdict, audit.</summary>
internal static class AbReportPrinter
{
    public static void Render(AbAnalysisView view)
    {
        var r = view.Report;
        Console.Out.WriteLine($"A/B test '{r.TestName}' on {r.ModelName}: {r.Mode.ToString().ToLowerInvariant()} mode, {r.Status}, " +
            $"started {r.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}; {r.Metric}, alpha {Format.Number(r.Alpha)}");
        Tables.Write(["variant", "version", "share", "requests", "labelled", "accuracy [[95% CI]]", "difference [[95% CI]]", "p-value"],
            r.Variants.Select((v, i) => Row(r, v, i)));
        if (r.SampleRatio is { } srm)
        {
            Console.Out.WriteLine($"sample ratio: chi-square {Format.Number(srm.ChiSquare)}, p = {P(srm.PValue)}: " +
                (srm.Flagged ? $"MISMATCH (p < {Format.Number(srm.Threshold)}): the split is broken" : "fits the planned split"));
        }
        foreach (var s in r.Shadows)
        {
            Console.Out.WriteLine($"shadow {s.Variant}: disagrees with {r.Variants[0].Name} on {s.Disagreements} of {s.Pairs} requests" +
                (s.DisagreementRate is { } rate ? $" ({Format.Number(rate)})" : ""));
        }
        var h = r.Horizon;
        Console.Out.WriteLine($"horizon: {h.FewestLabelled} of {h.RequiredPerVariant} labelled predictions per variant " +
            $"({Format.Number(h.Progress * 100)}%){(h.Reached ? ", reached" : ", not reached")}");
        Console.Out.WriteLine($"verdict: {r.Verdict}: {r.Reason}");
        foreach (var a in view.Audit)
        {
            Console.Out.WriteLine($"audit: {a.Time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} {a.Actor} {a.Action}: {a.Detail}");
        }
    }

    private static string[] Row(AbReport report, AbVariantResult v, int index)
    {
        var comparison = report.Comparisons.FirstOrDefault(c => c.Challenger == v.Name);
        var share = report.Mode == AbMode.Shadow ? (index == 0 ? "answers" : "shadow") : Format.Number(v.Share * 100) + "%";
        var accuracy = v.Accuracy is { } a && v.AccuracyInterval is { } ci ? $"{Format.Number(a)} [{Format.Number(ci.Low)}, {Format.Number(ci.High)}]" : "-";
        var difference = comparison is null ? (index == 0 ? "control" : "-")
            : $"{Signed(comparison.Difference.Difference)} [{Signed(comparison.Difference.Low)}, {Signed(comparison.Difference.High)}]";
        return [Markup.Escape(v.Name), "v" + v.Version.ToString(CultureInfo.InvariantCulture), share, N(v.Requests), N(v.Labelled),
            Markup.Escape(accuracy), Markup.Escape(difference), comparison is null ? "" : P(comparison.PValue)];
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Signed(double value) => value.ToString("+0.####;-0.####;0", CultureInfo.InvariantCulture);

    private static string P(double value) => value.ToString("G3", CultureInfo.InvariantCulture);
}
