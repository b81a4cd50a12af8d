namespace Mlops.Serving.Apis.Contracts;

/// <summary>The answer of POST /predict.</summary>
public sealed record PredictionResponse(
    string PredictionId,
    string Prediction,
    double Confidence,
    string RiskLevel,
    IReadOnlyDictionary<string, double> Probabilities,
    ModelReference Model);
