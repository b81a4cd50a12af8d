namespace Mlops.Monitoring.Statistics;

/// <summary>
/// Newcombe's hybrid score interval for a difference of two independent proportions p₁ − p₂ (his method 10, 1998),
/// built from the two Wilson intervals, as statsmodels' <c>confint_proportions_2indep(method='newcomb')</c>. Unlike the
/// Wald interval it keeps its coverage near 0 and 1, where classifier accuracies live.
/// </summary>
public static class NewcombeInterval
{
    /// <summary>The interval of (successes1/trials1) − (successes2/trials2); both ends within [−1, 1].</summary>
    public static DifferenceInterval Compute(long successes1, long trials1, long successes2, long trials2, double alpha = 0.05)
    {
        var first = WilsonInterval.Compute(successes1, trials1, alpha);
        var second = WilsonInterval.Compute(successes2, trials2, alpha);
        double p1 = (double)successes1 / trials1, p2 = (double)successes2 / trials2, difference = p1 - p2;
        var low = difference - Math.Sqrt(Square(p1 - first.Low) + Square(second.High - p2));
        var high = difference + Math.Sqrt(Square(first.High - p1) + Square(p2 - second.Low));
        return new DifferenceInterval(difference, Math.Max(-1, low), Math.Min(1, high));
    }

    private static double Square(double x) => x * x;
}
