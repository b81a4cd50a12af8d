using MathNet.Numerics.Distributions;
using Mlops.Core.Errors;

namespace Mlops.Monitoring.Statistics;

/// <summary>Two-sample test of equal proportions, as statsmodels' <c>proportions_ztest</c> (two-sided, value 0).</summary>
public static class ProportionZTest
{
    /// <summary>z = (p1 − p2) / se; <paramref name="pooled"/> uses the pooled proportion for se (statsmodels' default).</summary>
    public static StatTestResult TwoSample(long successes1, long trials1, long successes2, long trials2, bool pooled = true)
    {
        Check(successes1, trials1, "first");
        Check(successes2, trials2, "second");
        double p1 = (double)successes1 / trials1, p2 = (double)successes2 / trials2;
        double variance;
        if (pooled)
        {
            double p = (double)(successes1 + successes2) / (trials1 + trials2);
            variance = p * (1 - p) * (1.0 / trials1 + 1.0 / trials2);
        }
        else
        {
            variance = p1 * (1 - p1) / trials1 + p2 * (1 - p2) / trials2;
        }
        double difference = p1 - p2;
        if (variance == 0)
            return new StatTestResult(0, difference == 0 ? 1 : 0);
        double z = difference / Math.Sqrt(variance);
        return new StatTestResult(z, TwoSidedNormalP(z));
    }

    internal static double TwoSidedNormalP(double z) => Math.Min(1, 2 * Normal.CDF(0, 1, -Math.Abs(z)));

    private static void Check(long successes, long trials, string which)
    {
        if (trials <= 0 || successes < 0 || successes > trials)
            throw MlopsException.Invalid(
                $"proportion test: the {which} sample has {successes} successes in {trials} trials; need 0 <= successes <= trials and trials > 0");
    }
}
