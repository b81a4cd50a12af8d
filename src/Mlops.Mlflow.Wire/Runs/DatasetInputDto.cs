namespace Mlops.Mlflow.Wire.Runs;

/// <summary>MLflow's DatasetInput message: a dataset and the tags of its use in the run.</summary>
public sealed record DatasetInputDto(List<KeyValueDto>? Tags, DatasetDto? Dataset);
