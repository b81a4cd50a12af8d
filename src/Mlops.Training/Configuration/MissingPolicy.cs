namespace Mlops.Training.Configuration;

/// <summary>
/// The per-column missing-value policies of schema.columns.NAME.missing — fail (the run fails naming row and column),
/// drop (the row goes to quarantine with the reason), impute (filled with a value fitted on the training rows and
/// stored in the feature transform) — and the impute strategies: median (numeric), most_frequent (a tie goes to the
/// smallest number or the first category) and constant (the column's fill_value).
/// </summary>
public static class MissingPolicy
{
    public static readonly IReadOnlyList<string> Policies = [Fail, Drop, Impute];
    public const string Fail = "fail";
    public const string Drop = "drop";
    public const string Impute = "impute";

    public static readonly IReadOnlyList<string> Strategies = [Median, MostFrequent, Constant];
    public const string Median = "median";
    public const string MostFrequent = "most_frequent";
    public const string Constant = "constant";

    /// <summary>The strategy a column imputes with: the declared one, else median for numeric and most_frequent otherwise.</summary>
    public static string StrategyOf(ColumnSchema column) =>
        column.Impute ?? (column.Type == "numeric" ? Median : MostFrequent);
}
