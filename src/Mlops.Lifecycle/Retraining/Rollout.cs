using Mlops.Core.Registry;
using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// Brings a candidate that passed the gate to traffic per continuous_training.rollout.mode. direct moves the champion
/// alias compare-and-set against the champion the gate judged, so a move made meanwhile (another retrain, an operator)
/// is never overwritten by a decision taken against a champion that is gone.
/// </summary>
public static class Rollout
{
    public static async Task<RolloutResult> RunAsync(RetrainRequest request, RetrainGateDecision decision, CancellationToken ct)
    {
        var mode = request.Params.ContinuousTraining.Rollout.Mode;
        if (mode != RetrainRolloutParams.Direct)
        {
            // TODO(#14): shadow and ab start an A/B test and conclude it on a later tick.
            return new RolloutResult(mode, false, decision.ChampionVersion, decision.CandidateVersion,
                $"not rolled out: continuous_training.rollout.mode '{mode}' is not supported by retrain yet; use direct, " +
                $"or start an A/B test of version {decision.CandidateVersion} with `mlops ab start`");
        }
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
