namespace Mlops.Web.Predict;

/// <summary>
/// A scored row: the class, every class's probability and the class's risk level (null when the package maps none);
/// or, when a value breaks the signature, <paramref name="Errors"/> (input name → message) and no class.
/// </summary>
public sealed record UiPrediction(
    string? Class,
    IReadOnlyList<KeyValuePair<string, double>> Probabilities,
    string? RiskLevel,
    IReadOnlyDictionary<string, string> Errors)
{
    public static UiPrediction Invalid(IReadOnlyDictionary<string, string> errors) => new(null, [], null, errors);
}
