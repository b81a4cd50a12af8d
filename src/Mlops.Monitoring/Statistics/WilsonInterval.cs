using MathNet.Numerics.Distributions;
using Mlops.Core.Errors;

namespace Mlops.Monitoring.Statistics;

/// <summary>Wilson score interval for a proportion, as statsmodels' <c>proportion_confint(method='wilson')</c>.</summary>
public static class WilsonInterval
{
    public static ProportionInterval Compute(long successes, long trials, double alpha = 0.05)
    {
        if (trials <= 0 || successes < 0 || successes > trials)
            throw MlopsException.Invalid(
                $"Wilson interval: {successes} successes in {trials} trials; need 0 <= successes <= trials and trials > 0");
        if (!(alpha > 0 && alpha < 1))
            throw MlopsException.Invalid($"Wilson interval: alpha {alpha} must be between 0 and 1");
        double z = Normal.InvCDF(0, 1, 1 - alpha / 2);
        double n = trials, p = successes / n, z2 = z * z;
        double denominator = 1 + z2 / n;
        double center = (p + z2 / (2 * n)) / denominator;
        double halfWidth = z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        return new ProportionInterval(Math.Clamp(center - halfWidth, 0, 1), Math.Clamp(center + halfWidth, 0, 1));
    }
}
