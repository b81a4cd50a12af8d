using System.Text.Json.Serialization;

namespace Mlops.Serving.Apis.Contracts;

/// <summary>The answer of POST /predict; <see cref="AbTest"/> and <see cref="Variant"/> only while an A/B test runs.</summary>
/// <param name="RiskLevel">The class's business level from the model package (serving.risk_levels); null when the model defines none.</param>
public sealed record PredictionResponse(
    string PredictionId,
    string Prediction,
    double Confidence,
    string? RiskLevel,
    IReadOnlyDictionary<string, double> Probabilities,
    ModelReference Model,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AbTest = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Variant = null);
