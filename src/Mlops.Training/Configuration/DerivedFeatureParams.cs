namespace Mlops.Training.Configuration;

/// <summary>One entry of features.derived: a named feature and how it is computed (a ratio, the one kind so far).</summary>
public sealed class DerivedFeatureParams
{
    public string Name { get; set; } = "";
    public RatioParams? Ratio { get; set; }
}
