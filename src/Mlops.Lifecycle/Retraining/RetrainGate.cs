using System.Globalization;
using Mlops.Lifecycle.Promotion;
using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// The retrain gate: the candidate takes the champion's place only when it beats the champion on the new holdout by
/// at least gate.min_margin (the promotion policy's champion rule, so a tie never promotes) and is not worse on the
/// original held-out set by more than gate.max_original_drop. Pure: the scores come from <see cref="RetrainGateScoring"/>.
/// </summary>
public static class RetrainGate
{
    private const double Tolerance = 1e-12;

    /// <summary>The direction of the gate metric: registry.direction when it is the registry's champion metric, else what the metric is known to be.</summary>
    public static MetricDirection DirectionOf(PipelineParams parameters)
    {
        var metric = parameters.ContinuousTraining.Gate.Metric;
        return MetricDirections.Of(metric, metric == parameters.Registry.ChampionMetric ? parameters.Registry.Direction : MetricDirections.Auto);
    }

    public static RetrainGateDecision Decide(RetrainGateParams gate, MetricDirection direction, int candidateVersion,
        RetrainGateScores candidate, int? championVersion, RetrainGateScores? champion)
    {
        var metric = gate.Metric;
        var reasons = new List<string>();
        var decision = (bool promote) => new RetrainGateDecision(promote, metric, direction, candidateVersion, championVersion,
            candidate, champion, reasons);
        if (!candidate.Holdout.TryGetValue(metric, out var onHoldout) || double.IsNaN(onHoldout))
        {
            reasons.Add($"rejected: continuous_training.gate.metric '{metric}' is not among the candidate's metrics on the new holdout");
            return decision(false);
        }
        if (championVersion is null || champion is null)
        {
            reasons.Add($"promoted: there is no champion to compare with; {metric} on the new holdout is {F(onHoldout)}");
            return decision(true);
        }
        if (championVersion == candidateVersion)
        {
            reasons.Add($"rejected: the candidate is version {candidateVersion}, the champion itself (the retrain reproduced the same model)");
            return decision(false);
        }
        var policy = new PromotionPolicy(metric, direction, 0, metric, direction, gate.MinMargin)
        {
            MarginKey = "continuous_training.gate.min_margin",
        };
        var holdoutReasons = new List<string>();
        var wins = policy.BeatsChampion(candidate.Holdout, new ChampionSnapshot(championVersion.Value, champion.Holdout), holdoutReasons);
        reasons.Add("new holdout: " + holdoutReasons[^1].Replace("not crowned: ", "rejected, ").Replace("crowned: ", "passed, "));
        var keeps = KeepsOriginal(gate, direction, metric, candidate, championVersion.Value, champion, reasons);
        return decision(wins && keeps);
    }

    private static bool KeepsOriginal(RetrainGateParams gate, MetricDirection direction, string metric, RetrainGateScores candidate,
        int championVersion, RetrainGateScores champion, List<string> reasons)
    {
        if (!candidate.OriginalHeldOut.TryGetValue(metric, out var mine) || !champion.OriginalHeldOut.TryGetValue(metric, out var held))
        {
            reasons.Add($"original held-out set: rejected, {metric} is missing for the candidate or the champion");
            return false;
        }
        var drop = direction == MetricDirection.HigherIsBetter ? held - mine : mine - held;
        var versus = $"{metric} {F(mine)} against version {championVersion}'s {F(held)}";
        var limit = $"continuous_training.gate.max_original_drop {F(gate.MaxOriginalDrop)}";
        if (drop > gate.MaxOriginalDrop + Tolerance)
        {
            reasons.Add($"original held-out set: rejected, {versus} is worse by {F(drop)}, more than {limit}");
            return false;
        }
        reasons.Add(drop > 0
            ? $"original held-out set: passed, {versus} is worse by {F(drop)}, within {limit}"
            : $"original held-out set: passed, {versus} is no worse ({limit})");
        return true;
    }

    private static string F(double value) => value.ToString("0.0000####", CultureInfo.InvariantCulture);
}
