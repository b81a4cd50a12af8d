namespace Mlops.Training.Configuration;

/// <summary>
/// params.yaml `monitoring:` — what `mlops monitor run` compares and when it reports a finding. Plain values here;
/// Mlops.Lifecycle maps and range-checks them onto the monitoring library's options.
/// </summary>
public sealed class MonitoringParams
{
    /// <summary>Monitoring runs go to the experiment "PREFIX/MODEL_NAME".</summary>
    public string ExperimentPrefix { get; set; } = "monitoring";

    /// <summary>The default --window: the newest this many predictions.</summary>
    public int Window { get; set; } = 5_000;

    public DriftParams Drift { get; set; } = new();
    public MonitoringPerformanceParams Performance { get; set; } = new();
}
