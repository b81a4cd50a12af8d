namespace Mlops.Training.Data;

/// <summary>Names of the data rules; the policy keys under validation in params.yaml use the same names.</summary>
public static class DataRule
{
    public const string MissingColumn = "missing_column";
    public const string ExtraColumn = "extra_column";
    public const string ExtraField = "extra_field";
    public const string MissingValue = "missing_value";
    public const string NonNumeric = "non_numeric";
    public const string UnknownCategory = "unknown_category";
    public const string OutOfRange = "out_of_range";
    public const string UnknownTarget = "unknown_target";
}
