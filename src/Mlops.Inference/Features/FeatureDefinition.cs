namespace Mlops.Inference.Features;

/// <summary>
/// One output feature: <c>(value - Shift) / Scale</c> of its source. Kind is numeric, onehot (1 when the source equals
/// <see cref="Category"/>), ordinal (index in the source's categories) or ratio (the document's
/// <see cref="RatioDefinition"/> named by Source).
/// </summary>
public sealed record FeatureDefinition(string Name, string Source, string Kind, string? Category = null, double Shift = 0, double Scale = 1)
{
    public const string Numeric = "numeric";
    public const string OneHot = "onehot";
    public const string Ordinal = "ordinal";
    public const string Ratio = "ratio";
}
