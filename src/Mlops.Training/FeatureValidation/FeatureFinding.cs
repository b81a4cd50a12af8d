using System.Globalization;

namespace Mlops.Training.FeatureValidation;

/// <summary>One broken feature validation rule: where (table, 1-based data row when it is one row, column), the value and the rule.</summary>
public sealed record FeatureFinding(string Rule, string Severity, string Column, string Message, string? Table = null, int? Row = null,
    double? Value = null)
{
    // The rules' names, as params.yaml's feature_validation keys and the report say them.
    public const string NoNanOrInfinity = "no_nan_or_infinity";
    public const string Range = "ranges";
    public const string MaxCategoryShare = "max_category_share";
    public const string NoDriftFromPrevious = "no_drift_from_previous";

    public override string ToString()
    {
        var where = Table is null ? "" : Row is { } row ? $"{Table} row {row.ToString(CultureInfo.InvariantCulture)}, " : $"{Table}, ";
        return $"{where}column '{Column}': {Message} ({Rule}, {Severity})";
    }
}
