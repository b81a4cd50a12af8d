namespace Mlops.Training.Configuration;

/// <summary>Semantic checks of feature_validation (unknown keys and wrong types are the shape checker's).</summary>
internal static class FeatureValidationChecks
{
    private static readonly string[] Severities = [FeatureRuleSeverity.Fail, FeatureRuleSeverity.Warn];

    public static void Check(FeatureValidationParams v, List<string> errors)
    {
        ParamsValidator.OneOf(errors, "feature_validation.no_nan_or_infinity", v.NoNanOrInfinity, [.. Severities, FeatureRuleSeverity.Off]);
        ParamsValidator.OneOf(errors, "feature_validation.drift_severity", v.DriftSeverity, Severities);
        foreach (var (column, range) in v.Ranges)
        {
            var key = $"feature_validation.ranges.{column}";
            ParamsValidator.OneOf(errors, $"{key}.severity", range.Severity, Severities);
            if (range.Min is null && range.Max is null)
            {
                errors.Add($"{key} needs min, max or both");
            }
            if (range.Min is { } min && range.Max is { } max && min > max)
            {
                errors.Add($"{key}.min ({ParamsValidator.Fmt(min)}) must not be above max ({ParamsValidator.Fmt(max)})");
            }
        }
        if (v.MaxCategoryShare is { } share)
        {
            ParamsValidator.OneOf(errors, "feature_validation.max_category_share.severity", share.Severity, Severities);
            if (share.Max is <= 0 or > 1)
            {
                errors.Add($"feature_validation.max_category_share.max must be in (0, 1], got {ParamsValidator.Fmt(share.Max)}");
            }
        }
    }
}
