using Mlops.TrackingServer.Wire;

namespace Mlops.TrackingServer.Experiments;

internal sealed record WireExperiment(
    string ExperimentId,
    string Name,
    string ArtifactLocation,
    string LifecycleStage,
    long LastUpdateTime,
    long CreationTime,
    List<KeyValue>? Tags);

internal sealed record CreateExperimentRequest(string? Name, string? ArtifactLocation, List<KeyValue>? Tags);

internal sealed record CreateExperimentResponse(string ExperimentId);

internal sealed record ExperimentResponse(WireExperiment Experiment);

internal sealed record SearchExperimentsRequest(long? MaxResults, string? PageToken, string? Filter, List<string>? OrderBy, string? ViewType);

internal sealed record SearchExperimentsResponse(List<WireExperiment>? Experiments, string? NextPageToken);

internal sealed record SetExperimentTagRequest(string? ExperimentId, string? Key, string? Value);

internal sealed record ExperimentIdRequest(string? ExperimentId);

internal sealed record UpdateExperimentRequest(string? ExperimentId, string? NewName);
