using Mlops.Monitoring.Statistics;

namespace Mlops.Monitoring.Tests.Statistics;

public sealed class NewcombeIntervalTests
{
    /// <summary>
    /// Expected values computed by hand in Python from the Wilson bounds (d − √((p₁−l₁)² + (u₂−p₂)²), d + √((u₁−p₁)² +
    /// (p₂−l₂)²)), the formula of statsmodels' newcomb method; the first and last are Newcombe's (1998) own examples,
    /// printed there as 0.0524 to 0.3339 and 0.1705 to 0.8090.
    /// </summary>
    [Theory]
    [InlineData(56, 70, 48, 80, 0.05243147240236498, 0.333872654036906)]
    [InlineData(910, 1000, 880, 1000, 0.003096048678579818, 0.05700957119265849)]
    [InlineData(9, 10, 3, 10, 0.17052272393450302, 0.8090179735354881)]
    public void Compute_HandComputedCase_MatchesTo1e7Relative(long x1, long n1, long x2, long n2, double low, double high)
    {
        var interval = NewcombeInterval.Compute(x1, n1, x2, n2);

        Tolerance.Close((double)x1 / n1 - (double)x2 / n2, interval.Difference, "difference");
        Tolerance.Close(low, interval.Low, $"{x1}/{n1} - {x2}/{n2} low");
        Tolerance.Close(high, interval.High, $"{x1}/{n1} - {x2}/{n2} high");
    }

    [Fact]
    public void Compute_SwappedSamples_MirrorsTheInterval()
    {
        var forward = NewcombeInterval.Compute(56, 70, 48, 80);
        var backward = NewcombeInterval.Compute(48, 80, 56, 70);

        Assert.Equal(-forward.Low, backward.High, 12);
        Assert.Equal(-forward.High, backward.Low, 12);
    }
}
