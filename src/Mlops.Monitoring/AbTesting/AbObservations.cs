namespace Mlops.Monitoring.AbTesting;

/// <summary>
/// The counts an A/B analysis needs, per variant in the test's order, and in shadow mode the shadow pairs.
/// <see cref="Ignored"/> counts rows read for the test that fit none of its variants (another test, an unknown variant,
/// a shadow row in split mode), so a reader can tell the store returned more than it was asked for.
/// </summary>
public sealed record AbObservations(IReadOnlyList<VariantObservation> Variants, IReadOnlyList<ShadowObservation> Shadows, long Ignored = 0)
{
    /// <summary>The variant's counts, zeros when nothing was observed for it.</summary>
    public VariantObservation Of(string variant) =>
        Variants.FirstOrDefault(v => string.Equals(v.Variant, variant, StringComparison.Ordinal)) ?? new VariantObservation(variant, 0, 0, 0);

    /// <summary>The shadow pairs of a variant, or null when there are none (split mode, or the control).</summary>
    public ShadowObservation? ShadowOf(string variant) =>
        Shadows.FirstOrDefault(s => string.Equals(s.Variant, variant, StringComparison.Ordinal));
}
