namespace Mlops.Core.Tracking.Search;

/// <summary>
/// One parsed comparison of a filter. Exactly one value is set: <paramref name="Number"/> for metrics and numeric
/// attributes, <paramref name="Text"/> for other string comparisons, <paramref name="Items"/> for IN / NOT IN.
/// Attribute keys are canonical (the <see cref="SearchAttribute.Key"/> of the grammar that parsed them).
/// </summary>
public sealed record SearchComparison(
    SearchEntity Entity,
    string Key,
    SearchOperator Operator,
    double? Number = null,
    string? Text = null,
    IReadOnlyList<string>? Items = null);
