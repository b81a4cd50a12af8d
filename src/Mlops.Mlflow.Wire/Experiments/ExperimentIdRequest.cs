namespace Mlops.Mlflow.Wire.Experiments;

/// <summary>Body of experiments/delete and experiments/restore.</summary>
public sealed record ExperimentIdRequest(string? ExperimentId);
