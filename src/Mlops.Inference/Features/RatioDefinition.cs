namespace Mlops.Inference.Features;

/// <summary>
/// A derived feature declared in params (features.derived): <c>Numerator / Denominator^DenominatorPower</c> of two
/// numeric input columns, named by the package so serving computes it without knowing the dataset.
/// </summary>
public sealed record RatioDefinition(string Name, string Numerator, string Denominator, int DenominatorPower = 1);
