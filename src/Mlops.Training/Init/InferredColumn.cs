namespace Mlops.Training.Init;

/// <summary>
/// One column as <c>mlops init</c> inferred it: its kind, what the schema will say (categories with an optional other
/// bucket, a numeric range) and why, in words the command prints.
/// </summary>
public sealed record InferredColumn(
    string Name,
    InferredKind Kind,
    int Missing,
    int Distinct,
    string Reason)
{
    public IReadOnlyList<string> Categories { get; init; } = [];
    /// <summary>The category unlisted values map to, or null.</summary>
    public string? Other { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    /// <summary>The impute strategy for missing cells, or null when the column has none.</summary>
    public string? Impute { get; init; }
    /// <summary>Numbers written with a decimal comma (1,5), rewritten with a point in the workspace copy.</summary>
    public bool DecimalComma { get; init; }

    public bool Kept => Kind is InferredKind.Numeric or InferredKind.Categorical or InferredKind.Boolean;
}
