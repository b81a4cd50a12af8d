namespace Mlops.Training.Configuration;

public sealed class FeatureParams
{
    /// <summary>The set name <see cref="Set"/> takes for every column.</summary>
    public const string FullSet = "full";

    public int Version { get; set; } = 1;
    /// <summary><see cref="FullSet"/>, or a name of <see cref="Sets"/>.</summary>
    public string Set { get; set; } = FullSet;
    /// <summary>Named feature sets: the columns each leaves out (and with them the derived features computed from them).</summary>
    public Dictionary<string, List<string>> Sets { get; set; } = [];
    /// <summary>Features computed from numeric columns, appended in this order after the columns' own features.</summary>
    public List<DerivedFeatureParams> Derived { get; set; } = [];
    /// <summary>onehot | ordinal</summary>
    public string CategoricalEncoding { get; set; } = "onehot";
    /// <summary>standard | minmax | none</summary>
    public string Scaling { get; set; } = "standard";

    /// <summary>The columns the chosen set leaves out (none for <see cref="FullSet"/>).</summary>
    public IReadOnlyList<string> DroppedColumns => Sets.TryGetValue(Set, out var dropped) ? dropped : [];
}
