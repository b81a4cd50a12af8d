namespace Mlops.Storage.MlflowRest.Wire;

// Request and response bodies of /api/2.0/mlflow/runs/* and metrics/*, named after MLflow's protobuf messages.

internal sealed record RunInfoDto(
    string? RunId,
    string? RunUuid,
    string ExperimentId,
    string? RunName,
    string? Status,
    long? StartTime,
    long? EndTime,
    string? ArtifactUri,
    string? LifecycleStage);

internal sealed record MetricDto(string Key, double Value, long Timestamp, long? Step);

internal sealed record RunDataDto(List<MetricDto>? Metrics, List<KeyValueDto>? Params, List<KeyValueDto>? Tags);

internal sealed record RunDto(RunInfoDto Info, RunDataDto? Data);

internal sealed record RunResponse(RunDto Run);

internal sealed record CreateRunRequest(string ExperimentId, long StartTime, string? RunName, List<KeyValueDto>? Tags);

internal sealed record UpdateRunRequest(string RunId, string Status, long? EndTime, string? RunName);

internal sealed record UpdateRunResponse(RunInfoDto RunInfo);

internal sealed record RunIdRequest(string RunId);

internal sealed record RunKeyValueRequest(string RunId, string Key, string Value);

internal sealed record DeleteTagRequest(string RunId, string Key);

internal sealed record LogMetricRequest(string RunId, string Key, double Value, long Timestamp, long Step);

internal sealed record LogBatchRequest(string RunId, List<MetricDto>? Metrics, List<KeyValueDto>? Params, List<KeyValueDto>? Tags);

internal sealed record MetricHistoryResponse(List<MetricDto>? Metrics, string? NextPageToken);

internal sealed record SearchRunsRequest(
    List<string> ExperimentIds,
    string? Filter,
    string RunViewType,
    int MaxResults,
    List<string>? OrderBy,
    string? PageToken);

internal sealed record SearchRunsResponse(List<RunDto>? Runs, string? NextPageToken);
