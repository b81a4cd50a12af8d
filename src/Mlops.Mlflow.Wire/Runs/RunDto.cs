namespace Mlops.Mlflow.Wire.Runs;

/// <summary>MLflow's Run message; MLflow 2.10.2 leaves <see cref="Inputs"/> out of runs/create and writes it in get and search.</summary>
public sealed record RunDto(RunInfoDto Info, RunDataDto? Data, RunInputsDto? Inputs);
