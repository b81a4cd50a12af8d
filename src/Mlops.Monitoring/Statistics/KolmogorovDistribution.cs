using MathNet.Numerics;

namespace Mlops.Monitoring.Statistics;

/// <summary>
/// Survival function of the one-sample two-sided KS statistic D_n (SciPy's <c>kstwo.sf</c>), choosing the method by
/// region as Simard and L'Ecuyer (2011) do and SciPy 1.10 follows: exact products at the ends, the Durbin matrix for
/// small n·x², twice the one-sided Smirnov tail for large n·x², Pelz–Good in between for large n.
/// </summary>
internal static class KolmogorovDistribution
{
    public static double Survival(int n, double x)
    {
        if (double.IsNaN(x) || n <= 0) return double.NaN;
        if (x >= 1) return 0;
        if (x <= 0) return 1;
        double t = n * x;
        if (t <= 1)
        {
            if (t <= 0.5) return 1;
            double cdf = n <= 140 ? SmallProduct(n, 2 * t - 1) : Math.Exp(SpecialFunctions.FactorialLn(n) - n * Math.Log(n) + n * Math.Log(2 * t - 1));
            return Clip(1 - cdf);
        }
        if (t >= n - 1) return Clip(2 * Math.Pow(1 - x, n));
        if (x >= 0.5) return Clip(2 * SmirnovOneSided.Survival(n, x));
        double nxSquared = t * x;
        if (n <= 140)
        {
            // SciPy uses Pomeranz's recursion for 0.754693 < n·x² ≤ 4; it and the Durbin matrix are both exact.
            if (nxSquared <= 4) return Clip(1 - DurbinMatrix.Cdf(n, x));
            return Clip(2 * SmirnovOneSided.Survival(n, x));
        }
        if (nxSquared >= 370) return 0;
        if (nxSquared >= 2.2) return Clip(2 * SmirnovOneSided.Survival(n, x));
        double lower = n <= 100_000 && n * Math.Pow(x, 1.5) <= 1.4 ? DurbinMatrix.Cdf(n, x) : PelzGood.Cdf(n, x);
        return Clip(1 - lower);
    }

    private static double SmallProduct(int n, double factor)
    {
        double product = 1;
        for (int i = 1; i <= n; i++) product *= i * (1.0 / n) * factor;
        return product;
    }

    private static double Clip(double p) => Math.Clamp(p, 0, 1);
}
