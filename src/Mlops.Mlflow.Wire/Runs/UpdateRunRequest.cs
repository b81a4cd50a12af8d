namespace Mlops.Mlflow.Wire.Runs;

/// <summary>Body of runs/update; older clients name the run by run_uuid.</summary>
public sealed record UpdateRunRequest(string? RunId, string? RunUuid, string? Status, long? EndTime, string? RunName);
