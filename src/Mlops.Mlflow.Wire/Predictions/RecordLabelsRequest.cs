namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>Body of predictions/labels.</summary>
public sealed record RecordLabelsRequest(List<PredictionLabelDto?>? Labels);
