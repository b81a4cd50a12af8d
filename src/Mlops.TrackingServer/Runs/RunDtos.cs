using Mlops.TrackingServer.Wire;

namespace Mlops.TrackingServer.Runs;

internal sealed record WireRunInfo(
    string RunUuid,
    string ExperimentId,
    string RunName,
    string UserId,
    string Status,
    long StartTime,
    long? EndTime,
    string ArtifactUri,
    string LifecycleStage,
    string RunId);

internal sealed record WireRunData(List<WireMetric>? Metrics, List<KeyValue>? Params, List<KeyValue>? Tags);

internal sealed record WireDataset(string? Name, string? Digest, string? SourceType, string? Source, string? Schema, string? Profile);

internal sealed record WireDatasetInput(List<KeyValue>? Tags, WireDataset? Dataset);

internal sealed record WireRunInputs(List<WireDatasetInput>? DatasetInputs);

/// <summary><see cref="Inputs"/> is null (omitted) in runs/create, as MLflow does, and present in get and search.</summary>
internal sealed record WireRun(WireRunInfo Info, WireRunData Data, WireRunInputs? Inputs);

internal sealed record RunResponse(WireRun Run);

internal sealed record LogModelRequest(string? RunId, string? ModelJson);

internal sealed record CreateRunRequest(string? ExperimentId, string? UserId, long? StartTime, string? RunName, List<KeyValue>? Tags);

internal sealed record UpdateRunRequest(string? RunId, string? RunUuid, string? Status, long? EndTime, string? RunName);

internal sealed record UpdateRunResponse(WireRunInfo RunInfo);

internal sealed record RunIdRequest(string? RunId, string? RunUuid);

internal sealed record SearchRunsRequest(
    List<string>? ExperimentIds, string? Filter, string? RunViewType, long? MaxResults, List<string>? OrderBy, string? PageToken);

internal sealed record SearchRunsResponse(List<WireRun>? Runs, string? NextPageToken);

internal sealed record LogMetricRequest(string? RunId, string? RunUuid, string? Key, double? Value, long? Timestamp, long? Step);

internal sealed record LogParamRequest(string? RunId, string? RunUuid, string? Key, string? Value);

internal sealed record DeleteTagRequest(string? RunId, string? Key);

internal sealed record MetricRequest(string? Key, double? Value, long? Timestamp, long? Step);

internal sealed record LogBatchRequest(string? RunId, List<MetricRequest>? Metrics, List<KeyValue>? Params, List<KeyValue>? Tags);

internal sealed record LogInputsRequest(string? RunId, List<WireDatasetInput>? Datasets);
