using Mlops.Monitoring.Drift;

namespace Mlops.Lifecycle.Features;

/// <summary>A column both versions have: the statistics that changed beyond the tolerance and the drift verdict (null
/// when a side has no finite value to test).</summary>
public sealed record FeatureColumnChange(string Column, IReadOnlyList<string> ChangedStatistics, ColumnDrift? Drift);
