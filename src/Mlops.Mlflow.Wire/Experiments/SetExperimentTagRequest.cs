namespace Mlops.Mlflow.Wire.Experiments;

/// <summary>Body of experiments/set-experiment-tag.</summary>
public sealed record SetExperimentTagRequest(string? ExperimentId, string? Key, string? Value);
