namespace Mlops.Storage.MlflowRest.Wire;

// Request and response bodies of /api/2.0/mlflow/registered-models/* and model-versions/*.

internal sealed record ModelVersionDto(
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
    List<string>? Aliases);

internal sealed record AliasDto(string Alias, string Version);

internal sealed record RegisteredModelDto(
    string Name,
    long? CreationTimestamp,
    long? LastUpdatedTimestamp,
    string? Description,
    List<ModelVersionDto>? LatestVersions,
    List<KeyValueDto>? Tags,
    List<AliasDto>? Aliases);

internal sealed record RegisteredModelResponse(RegisteredModelDto RegisteredModel);

internal sealed record RegisteredModelsResponse(List<RegisteredModelDto>? RegisteredModels, string? NextPageToken);

internal sealed record ModelVersionResponse(ModelVersionDto ModelVersion);

internal sealed record ModelVersionsResponse(List<ModelVersionDto>? ModelVersions, string? NextPageToken);

internal sealed record DownloadUriResponse(string ArtifactUri);

internal sealed record NameRequest(string Name);

internal sealed record CreateRegisteredModelRequest(string Name, string? Description, List<KeyValueDto>? Tags);

internal sealed record UpdateRegisteredModelRequest(string Name, string? Description);

internal sealed record RenameRegisteredModelRequest(string Name, string NewName);

internal sealed record CreateModelVersionRequest(string Name, string Source, string? RunId, string? Description,
    List<KeyValueDto>? Tags);

internal sealed record UpdateModelVersionRequest(string Name, string Version, string? Description);

internal sealed record TransitionStageRequest(string Name, string Version, string Stage, bool ArchiveExistingVersions);

internal sealed record ModelVersionTagRequest(string Name, string Version, string Key, string Value);

internal sealed record DeleteModelVersionTagRequest(string Name, string Version, string Key);

internal sealed record SetAliasRequest(string Name, string Alias, string Version);

internal sealed record DeleteAliasRequest(string Name, string Alias);

internal sealed record LatestVersionsRequest(string Name, List<string>? Stages);

internal sealed record RegisteredModelTagRequest(string Name, string Key, string Value);

internal sealed record DeleteRegisteredModelTagRequest(string Name, string Key);

internal sealed record ModelVersionKeyRequest(string Name, string Version);
