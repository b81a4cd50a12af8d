using MathNet.Numerics;

namespace Mlops.Monitoring.Statistics;

/// <summary>
/// Exact upper tail of the one-sided KS statistic D⁺_n (Birnbaum–Tingey):
/// P(D⁺_n ≥ x) = x·Σ_{j ≤ n(1−x)} C(n,j)·(x + j/n)^(j−1)·(1 − x − j/n)^(n−j), terms summed in log space.
/// </summary>
internal static class SmirnovOneSided
{
    public static double Survival(int n, double x)
    {
        if (x <= 0) return 1;
        if (x >= 1) return 0;
        if (n == 1) return 1 - x;
        if (-2.0 * n * x * x < -708.3964185322641) return 0;
        if (Math.Floor(n * x) >= n - 1) return Math.Pow(1 - x, n);
        double sum = 0;
        int last = (int)Math.Floor(n * (1 - x));
        for (int j = 0; j <= last; j++)
        {
            double rest = 1 - x - (double)j / n;
            if (rest <= 0) break;
            double logTerm = SpecialFunctions.BinomialLn(n, j) + (j - 1) * Math.Log(x + (double)j / n) + (n - j) * Math.Log(rest);
            sum += Math.Exp(logTerm);
        }
        return Math.Clamp(x * sum, 0, 1);
    }
}
