namespace Mlops.Mlflow.Wire.Runs;

/// <summary>Body of runs/create.</summary>
public sealed record CreateRunRequest(string? ExperimentId, string? UserId, long? StartTime, string? RunName, List<KeyValueDto>? Tags);
