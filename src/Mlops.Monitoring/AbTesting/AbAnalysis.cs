using Mlops.Core.AbTesting;
using Mlops.Core.Errors;
using Mlops.Monitoring.Statistics;

namespace Mlops.Monitoring.AbTesting;

/// <summary>
/// The statistics of an A/B test on accuracy: per variant the Wilson interval; per challenger the difference from the
/// control with Newcombe's interval and the pooled z-test; the SRM check in split mode; the shadow disagreement; and the
/// verdict of <see cref="AbVerdictRule"/> under the fixed horizon (see there).
/// </summary>
public static class AbAnalysis
{
    public const string AccuracyMetric = "accuracy";

    public static AbReport Analyze(AbTest test, AbObservations observations)
    {
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(observations);
        var plan = test.Definition;
        if (!string.Equals(plan.Metric, AccuracyMetric, StringComparison.Ordinal))
        {
            throw MlopsException.Invalid($"A/B test '{test.Name}': metric '{plan.Metric}' is not supported; only '{AccuracyMetric}' is");
        }
        if (test.Variants.Count == 0)
        {
            throw MlopsException.Invalid($"A/B test '{test.Name}' has no variants to analyse");
        }
        var variants = test.Variants.Select(v => Result(v, observations.Of(v.Name))).ToArray();
        var control = variants[0];
        var alpha = plan.Alpha / Math.Max(1, variants.Length - 1);
        var comparisons = variants.Skip(1).Where(c => c.Labelled > 0 && control.Labelled > 0).Select(c => Compare(c, control, alpha)).ToArray();
        var sampleRatio = test.Mode == AbMode.Split ? SampleRatio(variants) : null;
        var shadows = observations.Shadows
            .Select(s => new AbShadowResult(s.Variant, s.Pairs, s.Disagreements, s.Pairs > 0 ? (double)s.Disagreements / s.Pairs : null)).ToArray();
        var required = Math.Max(1, (long)plan.RequiredPerVariant);
        var fewest = variants.Min(v => v.Labelled);
        var horizon = new AbHorizon(required, fewest, Math.Min(1, (double)fewest / required), fewest >= required);
        var decision = AbVerdictRule.Decide(test, variants, comparisons, sampleRatio, horizon);
        return new AbReport(AbReport.CurrentFormat, test.Id, test.Name, test.ModelName, test.Mode, plan.Metric, plan.Alpha, plan.Power,
            plan.MinimumDetectableEffect, plan.BaselineRate, test.Status, test.StartedAt, variants, comparisons, sampleRatio, shadows,
            horizon, decision.Verdict, decision.Reason, decision.Winner, observations.Ignored);
    }

    private static AbVariantResult Result(AbVariant variant, VariantObservation seen)
    {
        var labelled = seen.Labelled > 0;
        return new AbVariantResult(variant.Name, variant.Version, variant.Share, seen.Requests, seen.Labelled, seen.Correct,
            labelled ? (double)seen.Correct / seen.Labelled : null, labelled ? WilsonInterval.Compute(seen.Correct, seen.Labelled) : null);
    }

    private static AbComparison Compare(AbVariantResult challenger, AbVariantResult control, double alpha)
    {
        var difference = NewcombeInterval.Compute(challenger.Correct, challenger.Labelled, control.Correct, control.Labelled);
        var test = ProportionZTest.TwoSample(challenger.Correct, challenger.Labelled, control.Correct, control.Labelled);
        return new AbComparison(challenger.Name, control.Name, difference, test.Statistic, test.PValue, alpha, test.PValue < alpha);
    }

    /// <summary>Only variants planned to get traffic take part; nothing to check before two of them have requests.</summary>
    private static AbSampleRatio? SampleRatio(AbVariantResult[] variants)
    {
        var planned = variants.Where(v => v.Share > 0).ToArray();
        if (planned.Length < 2 || planned.Sum(v => v.Requests) == 0)
        {
            return null;
        }
        var result = SampleRatioMismatch.Test([.. planned.Select(v => v.Requests)], [.. planned.Select(v => v.Share)]);
        return new AbSampleRatio(result.Statistic, result.PValue, AbSampleRatio.DefaultThreshold, result.PValue < AbSampleRatio.DefaultThreshold);
    }
}
