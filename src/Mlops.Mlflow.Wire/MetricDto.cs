namespace Mlops.Mlflow.Wire;

/// <summary>
/// One metric point (MLflow's Metric message): in run data, metric history and log-batch; a request may leave any
/// field out.
/// </summary>
public sealed record MetricDto(string? Key, double? Value, long? Timestamp, long? Step);
