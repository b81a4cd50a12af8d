namespace Mlops.Web.Charts;

/// <summary>One point of a chart in data units.</summary>
public readonly record struct ChartPoint(double X, double Y);
