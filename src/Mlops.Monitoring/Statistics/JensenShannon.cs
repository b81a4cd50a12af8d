using Mlops.Core.Errors;

namespace Mlops.Monitoring.Statistics;

/// <summary>Jensen–Shannon distance between two discrete distributions, as SciPy's <c>spatial.distance.jensenshannon</c>.</summary>
public static class JensenShannon
{
    /// <summary>Both vectors are normalised to sum 1 first; the default base is e (SciPy's), pass 2 for a [0, 1] range.</summary>
    public static double Distance(ReadOnlySpan<double> p, ReadOnlySpan<double> q, double logBase = Math.E)
    {
        if (p.Length != q.Length || p.Length == 0)
            throw MlopsException.Invalid($"Jensen-Shannon: the vectors have {p.Length} and {q.Length} entries; need the same non-zero length");
        double sumP = Sum(p, "p"), sumQ = Sum(q, "q");
        double divergence = 0;
        for (int i = 0; i < p.Length; i++)
        {
            double pi = p[i] / sumP, qi = q[i] / sumQ, mi = (pi + qi) / 2;
            if (pi > 0) divergence += pi * Math.Log(pi / mi);
            if (qi > 0) divergence += qi * Math.Log(qi / mi);
        }
        divergence /= Math.Log(logBase);
        return Math.Sqrt(Math.Max(divergence, 0) / 2);
    }

    private static double Sum(ReadOnlySpan<double> values, string name)
    {
        double sum = 0;
        for (int i = 0; i < values.Length; i++)
        {
            if (!(values[i] >= 0) || double.IsInfinity(values[i]))
                throw MlopsException.Invalid($"Jensen-Shannon: {name}[{i}] = {values[i]} must be a finite non-negative number");
            sum += values[i];
        }
        if (sum <= 0)
            throw MlopsException.Invalid($"Jensen-Shannon: {name} sums to 0; need at least one positive entry");
        return sum;
    }
}
