using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Promotion;

public sealed partial record PromotionPolicy
{
    /// <summary>
    /// Metrics the candidate may not lose more than a set amount on (registry.guards); checked only when the candidate
    /// would otherwise take the alias, and only when both the candidate and the champion carry the metric (an A/B
    /// conclusion compares live metrics, and a slice too small to score has none).
    /// </summary>
    public IReadOnlyList<PromotionGuard> Guards { get; init; } = [];

    /// <summary>
    /// True when every guard holds. Each guard adds a sentence; the sentences go before the crowning one when all hold,
    /// and a failing guard's sentence comes last, so the last reason is always the deciding one.
    /// </summary>
    private bool PassesGuards(IReadOnlyDictionary<string, double> candidate, ChampionSnapshot? champion, List<string> reasons)
    {
        var checks = new List<string>(Guards.Count);
        foreach (var guard in Guards)
        {
            if (!candidate.TryGetValue(guard.Metric, out var value) || double.IsNaN(value))
            {
                // E.g. an A/B conclusion (live metrics only) or a slice too small to score: nothing to check.
                checks.Add($"guard {guard.Metric} not applied: the candidate has no {guard.Metric}");
                continue;
            }
            if (champion?.Metrics is not { } held)
            {
                continue; // no champion to lose against: BeatsChampion already said so
            }
            if (!held.TryGetValue(guard.Metric, out var heldValue) || double.IsNaN(heldValue))
            {
                checks.Add($"guard {guard.Metric} {F(value)}: the champion has no {guard.Metric} to compare with");
                continue;
            }
            var drop = guard.Direction == MetricDirection.HigherIsBetter ? heldValue - value : value - heldValue;
            var versus = $"{guard.Metric} {F(value)} against version {champion.Version}'s {F(heldValue)}";
            if (drop > guard.MaxDrop + MarginTolerance)
            {
                reasons.AddRange(checks);
                reasons.Add($"not crowned: {versus} is worse by {F(drop)}, more than the guard's max_drop {F(guard.MaxDrop)}");
                return false;
            }
            checks.Add($"guard {versus} is within max_drop {F(guard.MaxDrop)}");
        }
        reasons.InsertRange(Math.Max(0, reasons.Count - 1), checks);
        return true;
    }
}
