namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>Answer of predictions/origins: one entry per asked id in its order, null where the log has no such prediction.</summary>
public sealed record PredictionOriginsResponse(List<PredictionOriginDto?>? Origins);
