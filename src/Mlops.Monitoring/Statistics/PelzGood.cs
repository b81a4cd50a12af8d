namespace Mlops.Monitoring.Statistics;

/// <summary>
/// Pelz–Good (1976) approximation of P(D_n ≤ x): the Li-Chien/Korolyuk expansion K0 + K1/√n + K2/n + K3/n^1.5 in z = x√n,
/// each term rewritten with Jacobi theta sums over odd integers so it converges for small z.
/// </summary>
internal static class PelzGood
{
    private const double PiSquared = Math.PI * Math.PI;

    public static double Cdf(int n, double x)
    {
        if (x <= 0) return 0;
        if (x >= 1) return 1;
        double z = Math.Sqrt(n) * x;
        double z2 = z * z, z3 = z2 * z, z4 = z2 * z2, z6 = z4 * z2;
        double logQ = -PiSquared / 8 / z2;
        if (logQ < -708) return 0;
        double q = Math.Exp(logQ);
        double pi4 = PiSquared * PiSquared, pi6 = pi4 * PiSquared;
        double k1a = -z2, k1b = PiSquared / 4;
        double k2a = 6 * z6 + 2 * z4, k2b = (2 * z4 - 5 * z2) * PiSquared / 4, k2c = pi4 * (1 - 2 * z2) / 16;
        double k3d = pi6 * (5 - 30 * z2) / 64, k3c = pi4 * (-60 * z2 + 212 * z4) / 16;
        double k3b = PiSquared * (135 * z4 - 96 * z6) / 4, k3a = -30 * z6 - 90 * z4 * z4;
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int maxK = (int)Math.Ceiling(16 * z / Math.PI);
        for (int k = maxK; k >= 1; k--)
        {
            // Horner in q⁸ᵏ: the odd-integer sums Σ c(m)·q^(m²) with m = 2k − 1.
            double mOdd = 2 * k - 1, m2 = mOdd * mOdd, m4 = m2 * m2, m6 = m4 * m2;
            double step = Math.Pow(q, 8 * k);
            s0 = s0 * step + 1;
            s1 = s1 * step + k1a + k1b * m2;
            s2 = s2 * step + k2a + k2b * m2 + k2c * m4;
            s3 = s3 * step + k3a + k3b * m2 + k3c * m4 + k3d * m6;
        }
        double root2Pi = Math.Sqrt(2 * Math.PI);
        s0 *= q * root2Pi / z;
        s1 *= q * root2Pi / (6 * z4);
        s2 *= q * root2Pi / (72 * z4 * z3);
        s3 *= q * root2Pi / (6480 * z4 * z6);
        double qAll = Math.Exp(-PiSquared / 2 / z2), extra2 = 0, extra3 = 0, root3z = Math.Sqrt(3) * z;
        for (int k = maxK; k >= 1; k--)
        {
            double k2 = (double)k * k, weight = k2 * Math.Pow(qAll, k2), kPi = Math.PI * k;
            extra2 += weight;
            extra3 += (root3z + kPi) * (root3z - kPi) * weight;
        }
        s2 += extra2 * PiSquared * root2Pi / (-36 * z3);
        s3 += extra3 * PiSquared * root2Pi / (216 * z6);
        return s0 + s1 / Math.Sqrt(n) + s2 / n + s3 / (n * Math.Sqrt(n));
    }
}
