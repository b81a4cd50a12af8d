namespace Mlops.Training.Configuration;

/// <summary>
/// params.yaml feature_validation: what the validate_features stage expects of the materialized tables (train.csv and
/// test.csv). Each rule is <see cref="FeatureRuleSeverity.Fail"/> (the stage fails, naming the row, column and rule) or
/// <see cref="FeatureRuleSeverity.Warn"/> (reported, the run goes on).
/// </summary>
public sealed class FeatureValidationParams
{
    /// <summary>fail | warn | off: a NaN or infinite feature value. Warn when the section is absent (a missing value
    /// without an impute rule becomes NaN, which the trainers accept).</summary>
    public string NoNanOrInfinity { get; set; } = FeatureRuleSeverity.Warn;

    /// <summary>Per feature column (as in the tables' header: a column's name, COLUMN=CATEGORY for an indicator, a derived feature's name): the allowed range of its values.</summary>
    public Dictionary<string, FeatureRangeParams> Ranges { get; set; } = [];

    /// <summary>The largest share of the rows one category (an indicator column) may take; null: not checked.</summary>
    public FeatureShareParams? MaxCategoryShare { get; set; }

    /// <summary>True: compare this version's columns with the previous version of the same feature set (drift tests as monitoring's).</summary>
    public bool NoDriftFromPrevious { get; set; }

    /// <summary>fail | warn: what a drifted column does when <see cref="NoDriftFromPrevious"/> is on.</summary>
    public string DriftSeverity { get; set; } = FeatureRuleSeverity.Warn;
}
