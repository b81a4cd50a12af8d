namespace Mlops.Monitoring.Statistics;

/// <summary>Exact two-sided p-value of the two-sample KS statistic by counting lattice paths (Hodges; Viehmann's 1 − p form).</summary>
internal static class TwoSampleExact
{
    /// <summary>False when the computation is not a probability, so the caller falls back to the asymptotic form as SciPy does.</summary>
    public static bool TryPValue(int n1, int n2, double d, out double roundedD, out double p)
    {
        long g = (long)System.Numerics.BigInteger.GreatestCommonDivisor(n1, n2);
        long lcm = n1 / g * n2;
        long h = (long)Math.Round(d * lcm, MidpointRounding.ToEven);
        roundedD = (double)h / lcm;
        if (h == 0)
        {
            p = 1;
            return true;
        }
        p = n1 == n2 ? OutsideSquare(n1, h) : OutsideBand(n1, n2, g, h);
        return p is >= 0 and <= 1;
    }

    /// <summary>Equal sizes: alternating sum of reflection terms for paths leaving |x − y| &lt; h.</summary>
    private static double OutsideSquare(int n, long h)
    {
        double outside = 0;
        for (long k = n / h; k >= 0; k--)
        {
            double term = 1;
            for (long j = 0; j < h; j++)
                term = (n - k * h - j) * term / (n + k * h + j + 1);
            outside = term * (1 - outside);
        }
        return 2 * outside;
    }

    /// <summary>
    /// Share of monotone paths (0,0)→(m,n) that touch |i·n/g − j·m/g| ≥ h, one column at a time; each cell holds the
    /// probability that a uniformly random path to it has already left the band (1 outside the band).
    /// </summary>
    private static double OutsideBand(int first, int second, long g, long h)
    {
        int m = Math.Max(first, second), n = Math.Min(first, second);
        long mg = m / g, ng = n / g;
        var left = new double[n + 1];
        Array.Fill(left, 1.0);
        int high = (int)Math.Min(CeilDiv(h, mg), n + 1);
        Array.Clear(left, 0, high);
        for (int i = 1; i <= m; i++)
        {
            int low = (int)Math.Clamp(FloorDiv(ng * i - h, mg) + 1, 0, n);
            high = (int)Math.Min(CeilDiv(ng * i + h, mg), n + 1);
            if (high <= low) return 1;
            double below = low == 0 ? 0 : 1;
            for (int j = low; j < high; j++)
            {
                below = (left[j] * i + below * j) / (i + j);
                left[j] = below;
            }
        }
        return left[n];
    }

    private static long FloorDiv(long a, long b) => a >= 0 ? a / b : -((-a + b - 1) / b);

    private static long CeilDiv(long a, long b) => -FloorDiv(-a, b);
}
