namespace Mlops.Training.Configuration;

/// <summary>feature_validation.max_category_share: the largest share of rows (in (0, 1]) an indicator column may be 1 in, and fail | warn.</summary>
public sealed class FeatureShareParams
{
    public double Max { get; set; } = 1;
    public string Severity { get; set; } = FeatureRuleSeverity.Warn;
}
