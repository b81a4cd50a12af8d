namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>Answer of predictions/list.</summary>
public sealed record PredictionPageDto(List<PredictionRecordDto>? Records, string? NextPageToken);
