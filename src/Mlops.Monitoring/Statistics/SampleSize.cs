using MathNet.Numerics.Distributions;
using Mlops.Core.Errors;

namespace Mlops.Monitoring.Statistics;

/// <summary>Sample size per arm to detect a change between two proportions, from Cohen's h (two-sided, equal arms).</summary>
public static class SampleSize
{
    /// <summary>h = 2·asin(√p₂) − 2·asin(√p₁), as statsmodels' <c>proportion_effectsize(p2, p1)</c>.</summary>
    public static double CohensH(double pControl, double pTreatment)
    {
        CheckProportion(pControl, "p_control");
        CheckProportion(pTreatment, "p_treatment");
        return 2 * Math.Asin(Math.Sqrt(pTreatment)) - 2 * Math.Asin(Math.Sqrt(pControl));
    }

    /// <summary>Rows per arm, not rounded: the n solving statsmodels' <c>NormalIndPower</c> power equation (both tails).</summary>
    public static double PerArm(double pControl, double pTreatment, double alpha = 0.05, double power = 0.8)
    {
        double h = Math.Abs(CohensH(pControl, pTreatment));
        if (h == 0)
            throw MlopsException.Invalid($"sample size: p_control and p_treatment are both {pControl}; no effect to detect");
        if (!(alpha > 0 && alpha < 1) || !(power > alpha && power < 1))
            throw MlopsException.Invalid($"sample size: alpha {alpha} and power {power} must satisfy 0 < alpha < power < 1");
        double zAlpha = Normal.InvCDF(0, 1, 1 - alpha / 2);
        // Closed form with one tail, then Newton steps on the two-tailed power (the far tail adds ~1e-6 here).
        double n = 2 * Math.Pow((zAlpha + Normal.InvCDF(0, 1, power)) / h, 2);
        for (int step = 0; step < 50; step++)
        {
            double shift = h * Math.Sqrt(n / 2);
            double achieved = Normal.CDF(0, 1, shift - zAlpha) + Normal.CDF(0, 1, -shift - zAlpha);
            double slope = (Normal.PDF(0, 1, shift - zAlpha) - Normal.PDF(0, 1, -shift - zAlpha)) * h / (2 * Math.Sqrt(2 * n));
            double next = n - (achieved - power) / slope;
            if (Math.Abs(next - n) <= 1e-12 * n) return next;
            n = next;
        }
        return n;
    }

    public static long PerArmCeiling(double pControl, double pTreatment, double alpha = 0.05, double power = 0.8) =>
        (long)Math.Ceiling(PerArm(pControl, pTreatment, alpha, power));

    private static void CheckProportion(double p, string name)
    {
        if (!(p >= 0 && p <= 1))
            throw MlopsException.Invalid($"sample size: {name} = {p} must be a proportion in [0, 1]");
    }
}
