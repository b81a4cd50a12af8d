namespace Mlops.Mlflow.Wire.Registry;

/// <summary>MLflow's RegisteredModel message.</summary>
public sealed record RegisteredModelDto(
    string Name,
    long? CreationTimestamp,
    long? LastUpdatedTimestamp,
    string? Description,
    List<ModelVersionDto>? LatestVersions,
    List<KeyValueDto>? Tags,
    List<AliasDto>? Aliases);
