namespace Mlops.Mlflow.Wire.Runs;

/// <summary>MLflow's RunData message: the latest metrics, the params and the tags of a run.</summary>
public sealed record RunDataDto(List<MetricDto>? Metrics, List<KeyValueDto>? Params, List<KeyValueDto>? Tags);
