namespace Mlops.Serving.Apis.Contracts;

/// <summary>One record's result in POST /predict/batch.</summary>
/// <param name="RiskLevel">The class's business level from the model package (serving.risk_levels); null when the model defines none.</param>
public sealed record BatchPrediction(
    string PredictionId,
    string Prediction,
    double Confidence,
    string? RiskLevel,
    IReadOnlyDictionary<string, double> Probabilities);
