namespace Mlops.Core.Tracking;

/// <summary>How a metric value is stored, as MLflow's SQL store does: NaN stays NaN, ±infinity becomes ±<see cref="double.MaxValue"/>.</summary>
public static class MetricValues
{
    public static double Stored(double value) => double.IsInfinity(value) ? (value > 0 ? double.MaxValue : double.MinValue) : value;

    /// <summary>The same list when nothing is infinite (the common case costs no copy).</summary>
    public static IReadOnlyList<Metric> Stored(IReadOnlyList<Metric> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var anyInfinite = false;
        for (var i = 0; i < metrics.Count && !anyInfinite; i++)
        {
            anyInfinite = double.IsInfinity(metrics[i].Value);
        }
        if (!anyInfinite)
        {
            return metrics;
        }
        var stored = new Metric[metrics.Count];
        for (var i = 0; i < stored.Length; i++)
        {
            var m = metrics[i];
            stored[i] = double.IsInfinity(m.Value) ? m with { Value = Stored(m.Value) } : m;
        }
        return stored;
    }
}
