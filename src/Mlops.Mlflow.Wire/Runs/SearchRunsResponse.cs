namespace Mlops.Mlflow.Wire.Runs;

/// <summary>Answer of runs/search; an empty page leaves the list out.</summary>
public sealed record SearchRunsResponse(List<RunDto>? Runs, string? NextPageToken);
