using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Promotion;

/// <summary>
/// The champion/challenger gate: a candidate enters Staging when <see cref="StagingMetric"/> reaches
/// <see cref="StagingThreshold"/>, and takes the champion alias when it is staged and better than the champion on
/// <see cref="ChampionMetric"/> by at least <see cref="MinMargin"/>. A tie never takes the alias, whatever the margin:
/// a retrain that scores the same is not a reason to change what is served. <see cref="Guards"/> then keep the alias
/// from a candidate that loses too much on a guarded metric.
/// </summary>
public sealed partial record PromotionPolicy(
    string StagingMetric,
    MetricDirection StagingDirection,
    double StagingThreshold,
    string ChampionMetric,
    MetricDirection ChampionDirection,
    double MinMargin)
{
    // Metrics round-trip exactly through version tags, but a margin such as 0.01 is rarely an exact difference of doubles.
    private const double MarginTolerance = 1e-12;

    /// <summary>The params key the margin comes from, named in the reasons (a retrain's gate has its own).</summary>
    public string MarginKey { get; init; } = "registry.min_margin";

    /// <summary>The policy the registry section of params.yaml describes (already validated).</summary>
    public static PromotionPolicy From(RegistryParams registry) => new(
        registry.StagingMetric,
        MetricDirections.Of(registry.StagingMetric,
            registry.StagingMetric == registry.ChampionMetric ? registry.Direction : MetricDirections.Auto),
        registry.StagingThreshold,
        registry.ChampionMetric,
        MetricDirections.Of(registry.ChampionMetric, registry.Direction),
        registry.MinMargin)
    {
        Guards = [.. registry.Guards.Select(PromotionGuard.From)],
    };
}
