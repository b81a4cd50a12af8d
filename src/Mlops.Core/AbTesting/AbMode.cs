namespace Mlops.Core.AbTesting;

/// <summary>How an A/B test uses traffic.</summary>
public enum AbMode
{
    /// <summary>Each unit is answered by one variant, chosen by <see cref="VariantAssigner"/> in proportion to the shares.</summary>
    Split,

    /// <summary>The first variant answers every request; the others score the same input off the request path, logged as shadow.</summary>
    Shadow,
}
