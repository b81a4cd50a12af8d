using System.Globalization;
using Mlops.Core.AbTesting;

namespace Mlops.Monitoring.AbTesting;

/// <summary>
/// The verdict, with a reason in words. Fixed horizon: a z-test read at every look would stop on noise far more often
/// than alpha, so before every variant has its required labelled predictions the verdict is Inconclusive; so it is
/// when the split is broken (SRM). After that, the sign of each significant difference decides: better when some
/// challenger is significantly better (the largest gain wins), worse when every challenger is significantly worse.
/// </summary>
internal static class AbVerdictRule
{
    internal sealed record Decision(AbVerdict Verdict, string Reason, string? Winner);

    private const string ShadowNote =
        " Shadow mode: both models scored the same requests; the unpaired z-test ignores that pairing, which makes it conservative.";

    public static Decision Decide(AbTest test, AbVariantResult[] variants, AbComparison[] comparisons, AbSampleRatio? srm, AbHorizon horizon)
    {
        if (variants.Length < 2)
        {
            return new Decision(AbVerdict.Inconclusive, "The test has no challenger to compare with the control.", null);
        }
        if (srm is { Flagged: true })
        {
            var seen = string.Join(", ", variants.Select(v => $"{v.Name} {v.Requests}"));
            var planned = string.Join("/", variants.Select(v => N(v.Share * 100)));
            return new Decision(AbVerdict.Inconclusive,
                $"Sample ratio mismatch: the answered requests ({seen}) do not fit the planned split {planned} (chi-square p = {P(srm.PValue)} < {N(srm.Threshold)}). "
                + "Assignment or logging is broken, so no verdict is drawn.", null);
        }
        if (!horizon.Reached)
        {
            var behind = variants.First(v => v.Labelled == horizon.FewestLabelled);
            return new Decision(AbVerdict.Inconclusive,
                $"Fixed horizon not reached: {behind.Name} has {behind.Labelled} of the {horizon.RequiredPerVariant} labelled predictions every variant needs "
                + $"({N(horizon.Progress * 100)}%). A verdict before the horizon would raise the false-positive rate above alpha.", null);
        }
        var note = test.Mode == AbMode.Shadow ? ShadowNote : "";
        var better = comparisons.Where(c => c.Significant && c.Z > 0).OrderByDescending(c => c.Difference.Difference).FirstOrDefault();
        if (better is not null)
        {
            return new Decision(AbVerdict.ChallengerBetter,
                $"{Describe(better, variants)} {better.Challenger} is significantly better than {better.Control}.{note}", better.Challenger);
        }
        if (comparisons.Length == variants.Length - 1 && comparisons.All(c => c.Significant && c.Z < 0))
        {
            return new Decision(AbVerdict.ChallengerWorse,
                $"{string.Join(" ", comparisons.Select(c => Describe(c, variants)))} The challenger is significantly worse: keep the control.{note}", null);
        }
        return new Decision(AbVerdict.NoSignificantDifference,
            $"{string.Join(" ", comparisons.Select(c => Describe(c, variants)))} No significant difference at the horizon: keep the control.{note}", null);
    }

    private static string Describe(AbComparison c, AbVariantResult[] variants)
    {
        var challenger = variants.First(v => v.Name == c.Challenger);
        var control = variants.First(v => v.Name == c.Control);
        var d = c.Difference;
        return $"{c.Challenger} accuracy {N(challenger.Accuracy ?? 0)} (n = {challenger.Labelled}) vs {c.Control} {N(control.Accuracy ?? 0)} (n = {control.Labelled}): "
            + $"difference {Signed(d.Difference)} (95% CI {Signed(d.Low)} to {Signed(d.High)}), p = {P(c.PValue)} {(c.Significant ? "<" : ">=")} alpha {N(c.Alpha)}.";
    }

    private static string N(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Signed(double value) => value.ToString("+0.####;-0.####;0", CultureInfo.InvariantCulture);

    private static string P(double value) => value.ToString("G3", CultureInfo.InvariantCulture);
}
