namespace Mlops.Monitoring.Statistics;

/// <summary>A test statistic and its p-value (two-sided unless the test says otherwise).</summary>
public sealed record StatTestResult(double Statistic, double PValue);
