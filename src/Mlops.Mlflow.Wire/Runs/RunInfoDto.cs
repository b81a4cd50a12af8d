namespace Mlops.Mlflow.Wire.Runs;

/// <summary>MLflow's RunInfo message; run_uuid repeats run_id, and end_time is left out while the run is active.</summary>
public sealed record RunInfoDto(
    string? RunUuid,
    string ExperimentId,
    string? RunName,
    string? UserId,
    string? Status,
    long? StartTime,
    long? EndTime,
    string? ArtifactUri,
    string? LifecycleStage,
    string? RunId);
