namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>A logged prediction with its true label; times are unix milliseconds.</summary>
public sealed record LabelledPredictionDto(PredictionRecordDto? Prediction, string? Label, long? ObservedAt, long ReceivedAt, long UpdatedAt);
