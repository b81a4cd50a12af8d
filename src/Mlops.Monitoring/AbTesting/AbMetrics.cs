using Mlops.Core.AbTesting;

namespace Mlops.Monitoring.AbTesting;

/// <summary>
/// A report as tracked-run metrics: variant.V.requests, .labelled, .accuracy, .accuracy_low, .accuracy_high per
/// variant; challenger.C.difference, _low, _high, z, p_value per challenger, and the same unprefixed (difference,
/// p_value, ...) for the first challenger; srm_chi_square, srm_p_value, srm_flagged (split mode); shadow.V.pairs and
/// .disagreement_rate; horizon.required_per_variant, horizon.progress; verdict.significant (0/1).
/// </summary>
public static class AbMetrics
{
    public static IReadOnlyDictionary<string, double> From(AbReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var m = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var v in report.Variants)
        {
            m[$"variant.{v.Name}.requests"] = v.Requests;
            m[$"variant.{v.Name}.labelled"] = v.Labelled;
            if (v.Accuracy is { } accuracy && v.AccuracyInterval is { } interval)
            {
                m[$"variant.{v.Name}.accuracy"] = accuracy;
                m[$"variant.{v.Name}.accuracy_low"] = interval.Low;
                m[$"variant.{v.Name}.accuracy_high"] = interval.High;
            }
        }
        for (var i = 0; i < report.Comparisons.Count; i++)
        {
            var c = report.Comparisons[i];
            Comparison(m, $"challenger.{c.Challenger}.", c);
            if (i == 0)
            {
                Comparison(m, "", c);
            }
        }
        if (report.SampleRatio is { } srm)
        {
            m["srm_chi_square"] = srm.ChiSquare;
            m["srm_p_value"] = srm.PValue;
            m["srm_flagged"] = srm.Flagged ? 1 : 0;
        }
        foreach (var s in report.Shadows)
        {
            m[$"shadow.{s.Variant}.pairs"] = s.Pairs;
            if (s.DisagreementRate is { } rate)
            {
                m[$"shadow.{s.Variant}.disagreement_rate"] = rate;
            }
        }
        m["horizon.required_per_variant"] = report.Horizon.RequiredPerVariant;
        m["horizon.progress"] = report.Horizon.Progress;
        m["verdict.significant"] = report.Verdict is AbVerdict.ChallengerBetter or AbVerdict.ChallengerWorse ? 1 : 0;
        return m;
    }

    private static void Comparison(Dictionary<string, double> m, string prefix, AbComparison c)
    {
        m[prefix + "difference"] = c.Difference.Difference;
        m[prefix + "difference_low"] = c.Difference.Low;
        m[prefix + "difference_high"] = c.Difference.High;
        m[prefix + "z"] = c.Z;
        m[prefix + "p_value"] = c.PValue;
    }
}
