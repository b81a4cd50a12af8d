namespace Mlops.Training.Configuration;

/// <summary>feature_validation.ranges.COLUMN: inclusive bounds (either may be left out) and fail | warn.</summary>
public sealed class FeatureRangeParams
{
    public double? Min { get; init; }
    public double? Max { get; init; }
    public string Severity { get; init; } = FeatureRuleSeverity.Fail;
}
