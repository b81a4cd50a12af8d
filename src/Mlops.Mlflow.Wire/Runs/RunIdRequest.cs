namespace Mlops.Mlflow.Wire.Runs;

/// <summary>Body of runs/delete and runs/restore.</summary>
public sealed record RunIdRequest(string? RunId, string? RunUuid);
