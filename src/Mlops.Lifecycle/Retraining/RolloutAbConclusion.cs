using Mlops.Core.AbTesting;
using Mlops.Core.Registry;
using Mlops.Monitoring.AbTesting;

namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// Concludes the model's running retrain A/B test when its verdict is in, as `ab conclude` does: the analysis recorded as
/// a run, the champion alias moved compare-and-set against the control's version when the candidate won, the test closed.
/// </summary>
public static class RolloutAbConclusion
{
    public const string Experiment = "ab-tests";

    /// <summary>Null when no retrain test runs on the model; else what it said (a running test: <c>Concluded</c> false).</summary>
    public static async Task<(bool Concluded, RolloutResult Result)?> TryConcludeAsync(RetrainRequest request, CancellationToken ct)
    {
        if (request.Stores.AbTests is not { } tests
            || await tests.FindRunningAsync(request.ModelName, ct) is not { } test
            || !test.Name.StartsWith(RolloutAbTest.NamePrefix, StringComparison.Ordinal))
        {
            return null;
        }
        var mode = request.Params.ContinuousTraining.Rollout.Mode;
        var control = test.Control.Version;
        var candidate = test.Variants[^1].Version;
        var report = AbAnalysis.Analyze(test, await AbObservationsReader.ReadAsync(request.Stores.Log, request.Stores.Feedback, test, ct));
        if (report.Verdict == AbVerdict.Inconclusive)
        {
            return (false, new RolloutResult(mode, false, control, candidate, $"A/B test '{test.Name}' is still running: {report.Reason}", test.Name));
        }
        var stores = request.Stores.Stores;
        var runId = await AbRunRecorder.RecordAsync(stores.Tracking, stores.Artifacts, Experiment, report, request.Time, ct);
        var won = report.Verdict == AbVerdict.ChallengerBetter && report.Winner == test.Variants[^1].Name;
        var moved = won && await stores.Registry.MoveAliasAsync(request.ModelName, request.ChampionAlias, candidate, control,
            new AliasChangeNote(request.Actor, $"A/B test '{test.Name}': {report.Reason}"), ct);
        var sentence = moved
            ? $"A/B test '{test.Name}': {report.Reason} @{request.ChampionAlias} moved from version {control} to version {candidate}"
            : won
                ? $"A/B test '{test.Name}': {report.Reason} but @{request.ChampionAlias} no longer pointed at version {control}: not moved"
                : $"A/B test '{test.Name}': {report.Reason} The champion, version {control}, stays";
        await tests.ConcludeAsync(test.Name, new AbConclusion(report.Verdict, sentence, runId, moved ? candidate : null), request.Actor, ct);
        return (true, new RolloutResult(mode, moved, control, candidate, sentence, test.Name));
    }
}
