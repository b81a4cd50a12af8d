namespace Mlops.Training.Configuration;

/// <summary>params.yaml `monitoring.performance:` — when a window's performance counts as dropped; an absent key keeps the library's default.</summary>
public sealed class MonitoringPerformanceParams
{
    /// <summary>Fewer labelled predictions in a window never count as a drop.</summary>
    public int? MinLabels { get; set; }

    /// <summary>Classification: the Wilson interval on labelled accuracy is at 1 - alpha.</summary>
    public double? Alpha { get; set; }

    /// <summary>Classification: how far CBPE's estimated accuracy may fall below the held-out accuracy.</summary>
    public double? MaxEstimatedDrop { get; set; }

    /// <summary>Regression: the share by which labelled RMSE or MAE may exceed the held-out one.</summary>
    public double? MaxErrorIncrease { get; set; }
}
