namespace Mlops.Core.Predictions;

/// <summary>A logged prediction with its true label: when the label was observed (if known), first received and last set.</summary>
public sealed record LabelledPrediction(
    PredictionRecord Prediction,
    string Label,
    DateTimeOffset? ObservedAt,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt);
