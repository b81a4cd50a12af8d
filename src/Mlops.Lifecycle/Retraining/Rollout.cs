using Mlops.Core.Registry;
using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// Brings a candidate that passed the gate to traffic per continuous_training.rollout.mode. direct moves the champion
/// alias compare-and-set against the champion the gate judged, so a move made meanwhile (another retrain, an operator)
/// is never overwritten by a decision taken against a champion that is gone; shadow and ab start an A/B test instead
/// (<see cref="RolloutAbTest"/>), which a later tick concludes.
/// </summary>
public static class Rollout
{
    public static Task<RolloutResult> RunAsync(RetrainRequest request, RetrainGateDecision decision, string tickId, CancellationToken ct) =>
        request.Params.ContinuousTraining.Rollout.Mode == RetrainRolloutParams.Direct
            ? DirectAsync(request, decision, ct)
            : RolloutAbTest.StartAsync(request, decision, tickId, ct);

    /// <summary>Moves the champion alias to the candidate, compare-and-set against the champion the gate judged.</summary>
    public static async Task<RolloutResult> DirectAsync(RetrainRequest request, RetrainGateDecision decision, CancellationToken ct)
    {
        var mode = request.Params.ContinuousTraining.Rollout.Mode;
        var alias = request.ChampionAlias;
        var note = new AliasChangeNote(request.Actor, decision.ReasonText);
        var moved = await request.Stores.Stores.Registry.MoveAliasAsync(request.ModelName, alias, decision.CandidateVersion,
            decision.ChampionVersion, note, ct);
        var from = decision.ChampionVersion is { } v ? $"version {v}" : "no version";
        return moved
            ? new RolloutResult(mode, true, decision.ChampionVersion, decision.CandidateVersion,
                $"@{alias} moved from {from} to version {decision.CandidateVersion}")
            : new RolloutResult(mode, false, decision.ChampionVersion, decision.CandidateVersion,
                $"not promoted: @{alias} no longer pointed at {from} when the move was made (another move won the race); " +
                "the next tick decides again against the new champion");
    }
}
