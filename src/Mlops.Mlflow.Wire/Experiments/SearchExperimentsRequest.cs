namespace Mlops.Mlflow.Wire.Experiments;

/// <summary>Body of experiments/search (also read from the query string of its GET form).</summary>
public sealed record SearchExperimentsRequest(long? MaxResults, string? PageToken, string? Filter, List<string>? OrderBy, string? ViewType);
