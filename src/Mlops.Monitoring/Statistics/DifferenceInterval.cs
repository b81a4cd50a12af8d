namespace Mlops.Monitoring.Statistics;

/// <summary>A difference of two proportions and its confidence interval.</summary>
public sealed record DifferenceInterval(double Difference, double Low, double High)
{
    public bool Contains(double value) => value >= Low && value <= High;
}
