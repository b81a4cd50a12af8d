namespace Mlops.Mlflow.Wire.Experiments;

/// <summary>Body of experiments/update (a rename).</summary>
public sealed record UpdateExperimentRequest(string? ExperimentId, string? NewName);
