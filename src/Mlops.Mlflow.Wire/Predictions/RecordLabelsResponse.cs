namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>Answer of predictions/labels: one outcome per item, in the order sent.</summary>
public sealed record RecordLabelsResponse(List<LabelOutcomeDto>? Outcomes);
