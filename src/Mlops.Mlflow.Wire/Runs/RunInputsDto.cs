namespace Mlops.Mlflow.Wire.Runs;

/// <summary>MLflow's RunInputs message.</summary>
public sealed record RunInputsDto(List<DatasetInputDto>? DatasetInputs);
