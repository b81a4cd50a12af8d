using Mlops.Monitoring.Profiles;

namespace Mlops.Monitoring.Reports;

/// <summary>
/// An input's reference and current distributions as shares per bin (numeric: equal-width bins over both ranges,
/// labelled by their lower edge) or per category, for the report's charts.
/// </summary>
public sealed record FeatureDistribution(string Feature, FeatureKind Kind, IReadOnlyList<string> Bins, double[] Reference, double[] Current);
