namespace Mlops.Monitoring.Statistics;

/// <summary>A confidence interval for a proportion, both ends within [0, 1].</summary>
public sealed record ProportionInterval(double Low, double High)
{
    public bool Contains(double value) => value >= Low && value <= High;
}
