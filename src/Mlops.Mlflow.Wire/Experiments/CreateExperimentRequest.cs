namespace Mlops.Mlflow.Wire.Experiments;

/// <summary>Body of experiments/create.</summary>
public sealed record CreateExperimentRequest(string? Name, string? ArtifactLocation, List<KeyValueDto>? Tags);
