namespace Mlops.Serving.Apis.Contracts;

/// <summary>One record's result in POST /predict/batch.</summary>
public sealed record BatchPrediction(
    string PredictionId,
    string Prediction,
    double Confidence,
    string RiskLevel,
    IReadOnlyDictionary<string, double> Probabilities);
