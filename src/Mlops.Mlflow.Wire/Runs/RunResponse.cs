namespace Mlops.Mlflow.Wire.Runs;

/// <summary>Answer of runs/create and runs/get.</summary>
public sealed record RunResponse(RunDto Run);
