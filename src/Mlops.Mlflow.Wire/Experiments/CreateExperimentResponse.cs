namespace Mlops.Mlflow.Wire.Experiments;

/// <summary>Answer of experiments/create.</summary>
public sealed record CreateExperimentResponse(string ExperimentId);
