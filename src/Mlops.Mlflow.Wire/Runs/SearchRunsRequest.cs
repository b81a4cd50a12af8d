namespace Mlops.Mlflow.Wire.Runs;

/// <summary>Body of runs/search.</summary>
public sealed record SearchRunsRequest(
    List<string>? ExperimentIds,
    string? Filter,
    string? RunViewType,
    long? MaxResults,
    List<string>? OrderBy,
    string? PageToken);
