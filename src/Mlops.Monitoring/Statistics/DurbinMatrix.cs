namespace Mlops.Monitoring.Statistics;

/// <summary>
/// P(D_n ≤ d) by Durbin's matrix (Marsaglia, Tsang and Wang 2003): write d = (k − h)/n, build the (2k−1)² matrix H and
/// read n!/nⁿ·(Hⁿ)[k,k], carrying a binary exponent so the powers neither overflow nor underflow.
/// </summary>
internal static class DurbinMatrix
{
    private const int ScaleBits = 128;
    private static readonly double ScaleUp = Math.ScaleB(1.0, ScaleBits);
    private static readonly double ScaleDown = Math.ScaleB(1.0, -ScaleBits);

    public static double Cdf(int n, double d)
    {
        if (d >= 1) return 1;
        double nd = n * d;
        if (nd <= 0.5) return 0;
        int k = (int)Math.Ceiling(nd);
        double h = k - nd;
        int m = 2 * k - 1;
        var matrix = Build(m, h);
        var power = Identity(m);
        int exponent = 0, matrixExponent = 0;
        for (int remaining = n; remaining > 0; remaining >>= 1)
        {
            if ((remaining & 1) == 1)
            {
                power = Multiply(power, matrix, m);
                exponent += matrixExponent;
            }
            matrix = Multiply(matrix, matrix, m);
            matrixExponent *= 2;
            if (Math.Abs(matrix[(k - 1) * m + k - 1]) > ScaleUp)
            {
                for (int i = 0; i < matrix.Length; i++) matrix[i] *= ScaleDown;
                matrixExponent += ScaleBits;
            }
        }
        double p = power[(k - 1) * m + k - 1];
        for (int i = 1; i <= n; i++)
        {
            p = i * p / n;
            if (Math.Abs(p) < ScaleDown)
            {
                p *= ScaleUp;
                exponent -= ScaleBits;
            }
        }
        return Math.Clamp(Math.ScaleB(p, exponent), 0, 1);
    }

    private static double[] Build(int m, double h)
    {
        var inverseFactorial = new double[m + 1];
        inverseFactorial[0] = 1;
        for (int j = 1; j <= m; j++) inverseFactorial[j] = inverseFactorial[j - 1] / j;
        var edge = new double[m]; // edge[j] = (1 − h^(j+1)) / (j+1)!
        for (int j = 0; j < m; j++) edge[j] = (1 - Math.Pow(h, j + 1)) * inverseFactorial[j + 1];
        edge[m - 1] = (1 + Math.Pow(Math.Max(2 * h - 1, 0), m) - 2 * Math.Pow(h, m)) * inverseFactorial[m];
        var matrix = new double[m * m];
        for (int row = 0; row < m; row++)
            for (int column = 1; column < m; column++)
                if (row - column + 1 >= 0) matrix[row * m + column] = inverseFactorial[row - column + 1];
        for (int row = 0; row < m; row++) matrix[row * m] = edge[row];
        for (int column = 0; column < m; column++) matrix[(m - 1) * m + column] = edge[m - 1 - column];
        return matrix;
    }

    private static double[] Identity(int m)
    {
        var identity = new double[m * m];
        for (int i = 0; i < m; i++) identity[i * m + i] = 1;
        return identity;
    }

    private static double[] Multiply(double[] a, double[] b, int m)
    {
        var product = new double[m * m];
        for (int i = 0; i < m; i++)
            for (int l = 0; l < m; l++)
            {
                double ail = a[i * m + l];
                if (ail == 0) continue;
                for (int j = 0; j < m; j++) product[i * m + j] += ail * b[l * m + j];
            }
        return product;
    }
}
