namespace Mlops.Mlflow.Wire.Runs;

/// <summary>Answer of runs/update.</summary>
public sealed record UpdateRunResponse(RunInfoDto RunInfo);
