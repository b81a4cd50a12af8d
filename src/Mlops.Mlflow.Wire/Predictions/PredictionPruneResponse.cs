namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>Answer of predictions/prune: the batches and rows deleted (or, on a dry run, that would be).</summary>
public sealed record PredictionPruneResponse(long Batches, long Rows);
