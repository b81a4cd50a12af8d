namespace Mlops.Training.Configuration;

/// <summary>Whether a larger value of a metric means a better model.</summary>
public enum MetricDirection
{
    HigherIsBetter,
    LowerIsBetter,
}
