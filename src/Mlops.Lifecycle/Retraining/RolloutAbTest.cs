using System.Globalization;
using Mlops.Core.AbTesting;
using Mlops.Core.Errors;
using Mlops.Monitoring.AbTesting;
using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// The shadow and ab rollouts: an A/B test of the A/B issue between the champion (control) and the candidate, sized by
/// <see cref="AbHorizonPlan"/> as `ab start` sizes one, with the champion's accuracy on the new holdout as the
/// baseline (what it scores on today's traffic, not at its training). A later tick concludes it (<see cref="RolloutAbConclusion"/>).
/// </summary>
public static class RolloutAbTest
{
    /// <summary>Tests a retrain starts are named retrain-&lt;tick&gt;; only those are concluded by retrain ticks.</summary>
    public const string NamePrefix = "retrain-";

    public const double Power = 0.8;

    public static async Task<RolloutResult> StartAsync(RetrainRequest request, RetrainGateDecision decision, string tickId, CancellationToken ct)
    {
        var settings = request.Params.ContinuousTraining.Rollout;
        var tests = request.Stores.AbTests ?? throw MlopsException.Invalid(
            $"continuous_training.rollout.mode '{settings.Mode}' needs the store of the A/B tests (the prediction log's store); this one has none");
        if (decision.ChampionVersion is not { } champion || decision.Champion is null)
        {
            return await Rollout.DirectAsync(request, decision, ct);
        }
        if (await tests.FindRunningAsync(request.ModelName, ct) is { } running)
        {
            return new RolloutResult(settings.Mode, false, champion, decision.CandidateVersion,
                $"not rolled out: A/B test '{running.Name}' is already running on {request.ModelName}; at most one test per model runs");
        }
        var baseline = decision.Champion.Holdout.GetValueOrDefault(AbAnalysis.AccuracyMetric, double.NaN);
        var alpha = request.Params.Monitoring.Performance.Alpha ?? 0.05;
        int required;
        try
        {
            required = AbHorizonPlan.RequiredPerVariant(baseline, settings.MinDetectableEffect, alpha, Power);
        }
        catch (MlopsException e) when (e.Code == ErrorCode.InvalidParameterValue)
        {
            throw MlopsException.Invalid($"continuous_training.rollout.min_detectable_effect {settings.MinDetectableEffect} with the champion's " +
                $"holdout accuracy {baseline}: {e.Message}");
        }
        var shadow = settings.Mode == RetrainRolloutParams.Shadow;
        var share = shadow ? 0 : settings.CandidateShare;
        var test = await tests.StartAsync(new AbTestDraft
        {
            Name = NamePrefix + tickId,
            ModelName = request.ModelName,
            Variants =
            [
                new AbVariant("champion", "@" + request.ChampionAlias, champion, 1 - share),
                new AbVariant("candidate", decision.CandidateVersion.ToString(CultureInfo.InvariantCulture), decision.CandidateVersion, share),
            ],
            Mode = shadow ? AbMode.Shadow : AbMode.Split,
            MinimumDetectableEffect = settings.MinDetectableEffect,
            Alpha = alpha,
            Power = Power,
            BaselineRate = baseline,
            RequiredPerVariant = required,
            Description = $"continuous training: candidate version {decision.CandidateVersion} passed the gate ({decision.ReasonText})",
        }, request.Actor, ct);
        return new RolloutResult(settings.Mode, false, champion, decision.CandidateVersion,
            $"A/B test '{test.Name}' started ({(shadow ? "shadow" : $"split, candidate share {share:0.##}")}): version {decision.CandidateVersion} " +
            $"against the champion, version {champion}; {required} labelled predictions per variant decide it on a later tick", test.Name);
    }
}
