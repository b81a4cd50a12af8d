namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>Body of predictions/origins.</summary>
public sealed record PredictionOriginsRequest(List<string?>? PredictionIds);
