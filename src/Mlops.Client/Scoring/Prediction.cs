namespace Mlops.Client.Scoring;

/// <summary>One scored record: the predicted class and every class's probability.</summary>
public sealed record Prediction(string Label, IReadOnlyDictionary<string, float> Probabilities);
