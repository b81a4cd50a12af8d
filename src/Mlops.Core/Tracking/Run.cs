namespace Mlops.Core.Tracking;

/// <summary>A run with its latest metric values, params and tags.</summary>
public sealed record Run(
    RunInfo Info,
    IReadOnlyList<Metric> Metrics,
    IReadOnlyDictionary<string, string> Params,
    IReadOnlyDictionary<string, string> Tags);
