namespace Mlops.Mlflow.Wire.Registry;

/// <summary>MLflow's ModelVersion message; MLflow 2.10.2 lists aliases only when the version is read on its own.</summary>
public sealed record ModelVersionDto(
    string Name,
    string Version,
    long? CreationTimestamp,
    long? LastUpdatedTimestamp,
    string? CurrentStage,
    string? Description,
    string? Source,
    string? RunId,
    string? Status,
    List<KeyValueDto>? Tags,
    string? RunLink,
    List<string>? Aliases);
