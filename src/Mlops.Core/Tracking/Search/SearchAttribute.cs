namespace Mlops.Core.Tracking.Search;

/// <summary>
/// An attribute a filter or order_by clause may name: its canonical key, whether its value is a number or a quoted
/// string, the operators MLflow allows on it, and the other spellings MLflow accepts (matched ignoring case).
/// </summary>
public sealed record SearchAttribute(string Key, bool IsNumeric, IReadOnlyList<SearchOperator> Operators, IReadOnlyList<string> Aliases)
{
    public static SearchAttribute Numeric(string key, params string[] aliases) =>
        new(key, true, SearchOperatorSets.Numeric, aliases);

    public static SearchAttribute Text(string key, IReadOnlyList<SearchOperator> operators, params string[] aliases) =>
        new(key, false, operators, aliases);
}
