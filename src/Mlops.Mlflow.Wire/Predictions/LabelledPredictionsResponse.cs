namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>Answer of predictions/labelled, oldest prediction first.</summary>
public sealed record LabelledPredictionsResponse(List<LabelledPredictionDto>? Labelled);
