namespace Mlops.Monitoring.Statistics;

/// <summary>Chi-square test of independence on a contingency table, as SciPy's <c>chi2_contingency</c>.</summary>
public sealed record ContingencyResult(double Statistic, double PValue, int DegreesOfFreedom, double[][] Expected);
