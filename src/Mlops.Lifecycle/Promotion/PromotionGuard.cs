using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Promotion;

/// <summary>
/// A metric the candidate may not lose more than <see cref="MaxDrop"/> on against the champion (registry.guards), so a
/// better headline cannot hide a loss on a slice that matters, e.g. <c>slices.survey_rows.accuracy</c>.
/// </summary>
public sealed record PromotionGuard(string Metric, MetricDirection Direction, double MaxDrop)
{
    /// <summary>auto takes the direction from the metric's last segment (so <c>slices.X.log_loss</c> is lower-is-better).</summary>
    public static PromotionGuard From(PromotionGuardParams guard)
    {
        ArgumentNullException.ThrowIfNull(guard);
        return new(guard.Metric, MetricDirections.Of(guard.Metric.Split('.')[^1], guard.Direction), guard.MaxDrop);
    }
}
