namespace Mlops.Serving.Apis.Contracts;

/// <summary>The answer of POST /predict/batch: one result per record, in request order, and a summary.</summary>
public sealed record BatchPredictionResponse(ModelReference Model, BatchSummary Summary, IReadOnlyList<BatchPrediction> Predictions);
