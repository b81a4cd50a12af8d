namespace Mlops.Training.Configuration;

/// <summary>feature_validation.ranges.COLUMN: inclusive bounds (either may be left out) and fail | warn.</summary>
public sealed class FeatureRangeParams
{
    public double? Min { get; set; }
    public double? Max { get; set; }
    public string Severity { get; set; } = FeatureRuleSeverity.Fail;
}
