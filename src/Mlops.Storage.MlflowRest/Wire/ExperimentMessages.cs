namespace Mlops.Storage.MlflowRest.Wire;

// Request and response bodies of /api/2.0/mlflow/experiments/*, named after MLflow's protobuf messages.

internal sealed record ExperimentDto(
    string ExperimentId,
    string Name,
    string? ArtifactLocation,
    string? LifecycleStage,
    long? CreationTime,
    long? LastUpdateTime,
    List<KeyValueDto>? Tags);

internal sealed record CreateExperimentRequest(string Name, string? ArtifactLocation, List<KeyValueDto>? Tags);

internal sealed record CreateExperimentResponse(string ExperimentId);

internal sealed record GetExperimentResponse(ExperimentDto Experiment);

internal sealed record SearchExperimentsRequest(int MaxResults, string? Filter, string? PageToken, string? ViewType);

internal sealed record SearchExperimentsResponse(List<ExperimentDto>? Experiments, string? NextPageToken);

internal sealed record SetExperimentTagRequest(string ExperimentId, string Key, string Value);

internal sealed record ExperimentIdRequest(string ExperimentId);

internal sealed record RenameExperimentRequest(string ExperimentId, string NewName);
