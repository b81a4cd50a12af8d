using Mlops.TrackingServer.Wire;

namespace Mlops.TrackingServer.Registry;

internal sealed record WireModelVersion(
    string Name,
    string Version,
    long CreationTimestamp,
    long LastUpdatedTimestamp,
    string CurrentStage,
    string Description,
    string Source,
    string? RunId,
    string Status,
    List<KeyValue>? Tags,
    string RunLink,
    List<string>? Aliases);

internal sealed record WireAlias(string Alias, string Version);

internal sealed record WireRegisteredModel(
    string Name,
    long CreationTimestamp,
    long LastUpdatedTimestamp,
    string Description,
    List<WireModelVersion>? LatestVersions,
    List<KeyValue>? Tags,
    List<WireAlias>? Aliases);

internal sealed record RegisteredModelResponse(WireRegisteredModel RegisteredModel);

internal sealed record SearchRegisteredModelsResponse(List<WireRegisteredModel>? RegisteredModels, string? NextPageToken);

internal sealed record ModelVersionResponse(WireModelVersion ModelVersion);

internal sealed record ModelVersionsResponse(List<WireModelVersion>? ModelVersions, string? NextPageToken);

internal sealed record DownloadUriResponse(string ArtifactUri);

internal sealed record CreateRegisteredModelRequest(string? Name, List<KeyValue>? Tags, string? Description);

internal sealed record NameRequest(string? Name);

internal sealed record RenameRegisteredModelRequest(string? Name, string? NewName);

internal sealed record UpdateRegisteredModelRequest(string? Name, string? Description);

internal sealed record AliasRequest(string? Name, string? Alias, string? Version);

internal sealed record LatestVersionsRequest(string? Name, List<string>? Stages);

internal sealed record CreateModelVersionRequest(
    string? Name, string? Source, string? RunId, List<KeyValue>? Tags, string? RunLink, string? Description);

internal sealed record ModelVersionRequest(string? Name, string? Version, string? Description);

internal sealed record TransitionStageRequest(string? Name, string? Version, string? Stage, bool? ArchiveExistingVersions);

internal sealed record ModelVersionTagRequest(string? Name, string? Version, string? Key, string? Value);

internal sealed record RegisteredModelTagRequest(string? Name, string? Key, string? Value);
