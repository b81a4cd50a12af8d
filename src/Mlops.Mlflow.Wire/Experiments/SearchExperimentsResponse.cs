namespace Mlops.Mlflow.Wire.Experiments;

/// <summary>Answer of experiments/search; an empty page leaves the list out.</summary>
public sealed record SearchExperimentsResponse(List<ExperimentDto>? Experiments, string? NextPageToken);
