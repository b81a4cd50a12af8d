namespace Mlops.Mlflow.Wire.Experiments;

/// <summary>MLflow's Experiment message; MLflow leaves empty fields out, so all but the id and name may be missing.</summary>
public sealed record ExperimentDto(
    string ExperimentId,
    string Name,
    string? ArtifactLocation,
    string? LifecycleStage,
    long? LastUpdateTime,
    long? CreationTime,
    List<KeyValueDto>? Tags);
