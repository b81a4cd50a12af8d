namespace Mlops.Training.Configuration;

/// <summary>params.yaml `monitoring.performance:` — when a window's performance counts as dropped; an absent key keeps the library's default.</summary>
public sealed class MonitoringPerformanceParams
{
    public int? MinLabels { get; init; }
    public double? Alpha { get; init; }
    public double? MaxEstimatedDrop { get; init; }
    public double? MaxErrorIncrease { get; init; }
}
