using Mlops.Core.Tracking;

namespace Mlops.Web.Compare;

/// <summary>The compare page's rows: every param with whether the runs differ, every metric with the best run's index.</summary>
public static class CompareTables
{
    /// <summary>Per param key (sorted): the value per run (empty when a run has none) and whether they are not all equal.</summary>
    public static IReadOnlyList<(string Key, IReadOnlyList<string> Values, bool Differs)> Params(IReadOnlyList<Run> runs) =>
        [.. runs.SelectMany(r => r.Params.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(key =>
        {
            IReadOnlyList<string> values = [.. runs.Select(r => r.Params.GetValueOrDefault(key, ""))];
            return (key, values, values.Distinct(StringComparer.Ordinal).Count() > 1);
        })];

    /// <summary>Per metric key (sorted): the latest value per run (null when absent) and the index of the best one, if any.</summary>
    public static IReadOnlyList<(string Key, IReadOnlyList<double?> Values, int? Best)> Metrics(IReadOnlyList<Run> runs) =>
        [.. runs.SelectMany(r => r.Metrics.Select(m => m.Key)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(key =>
        {
            IReadOnlyList<double?> values = [.. runs.Select(r => r.Metrics.FirstOrDefault(m => m.Key == key)?.Value)];
            return (key, values, BestIndex(values, MetricDirection.HigherIsBetter(key)));
        })];

    private static int? BestIndex(IReadOnlyList<double?> values, bool higherIsBetter)
    {
        int? best = null;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } value || !double.IsFinite(value))
            {
                continue;
            }
            if (best is null || (higherIsBetter ? value > values[best.Value]!.Value : value < values[best.Value]!.Value))
            {
                best = i;
            }
        }
        // With fewer than two values there is nothing to be best against.
        return values.Count(v => v is { } x && double.IsFinite(x)) > 1 ? best : null;
    }
}
