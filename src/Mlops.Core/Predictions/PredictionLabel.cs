namespace Mlops.Core.Predictions;

/// <summary>The true label of one logged prediction, and when it was observed (null: unknown).</summary>
public sealed record PredictionLabel(string PredictionId, string Label, DateTimeOffset? ObservedAt = null);
