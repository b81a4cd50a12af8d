namespace Mlops.Mlflow.Wire.Experiments;

/// <summary>Answer of experiments/get and experiments/get-by-name.</summary>
public sealed record ExperimentResponse(ExperimentDto Experiment);
