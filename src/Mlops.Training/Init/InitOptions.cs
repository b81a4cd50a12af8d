namespace Mlops.Training.Init;

/// <summary>
/// What <c>mlops init</c> was asked: the table, its target, the task (null: inferred), the model name (null: from the
/// file name), the workspace folder; the category cap and the range margin are the inference's two knobs.
/// </summary>
public sealed record InitOptions(string DataPath, string Target, string Directory)
{
    public string? Task { get; init; }
    public string? Name { get; init; }
    /// <summary>A text column with more distinct values keeps this many of the most frequent ones plus an other bucket.</summary>
    public int MaxCategories { get; init; } = 20;
    /// <summary>Numeric ranges extend the observed min and max by this share of their span (never below 0 for a column that is not).</summary>
    public double RangeMargin { get; init; } = 0.1;
    /// <summary>Overwrite an existing params.yaml and pipeline.yaml.</summary>
    public bool Force { get; init; }
}
