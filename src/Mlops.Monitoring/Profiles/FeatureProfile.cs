namespace Mlops.Monitoring.Profiles;

/// <summary>
/// One input's training distribution: a numeric summary (with a bounded sample) or the count of each category,
/// categories in the schema's order followed by any value the schema did not list.
/// </summary>
public sealed record FeatureProfile(
    string Name,
    FeatureKind Kind,
    long Rows,
    NumericSummary? Numeric = null,
    IReadOnlyList<CategoryCount>? Categories = null)
{
    public bool IsNumeric => Kind == FeatureKind.Numeric;
}
