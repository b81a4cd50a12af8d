using Mlops.Core.Features;

namespace Mlops.Lifecycle.Features;

/// <summary>What changed from feature set version <see cref="From"/> to <see cref="To"/>.</summary>
/// <param name="Added">Columns only <see cref="To"/> has, in its order.</param>
/// <param name="Removed">Columns only <see cref="From"/> has, in its order.</param>
/// <param name="Shared">Columns both have, in <see cref="From"/>'s order.</param>
public sealed record FeatureSetComparison(FeatureSetVersion From, FeatureSetVersion To, IReadOnlyList<string> Added, IReadOnlyList<string> Removed,
    IReadOnlyList<FeatureColumnChange> Shared, double Tolerance)
{
    public int DriftedCount => Shared.Count(c => c.Drift?.Detected == true);
}
