using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.Inference.Loading;

namespace Mlops.Lifecycle.Retraining;

public sealed partial class Retrainer
{
    public const string ParentRunTag = "mlflow.parentRunId";

    private async Task<RetrainTickOutcome> RetrainAsync(RetrainRequest request, string tickId, TriggerReport triggers,
        RetrainerLease lease, CancellationToken ct)
    {
        var stores = request.Stores.Stores;
        var parent = await ActiveRun.StartAsync(stores.Tracking, stores.Artifacts, request.Params.ContinuousTraining.Experiment,
            $"retrain-{tickId}", ParentTags(request, tickId), request.Time, ct);
        var outcome = new RetrainTickOutcome(tickId, RetrainTickStatus.Failed, "") { Triggers = triggers, ParentRunId = parent.RunId };
        try
        {
            var dataset = await _steps.BuildDataset(request, triggers, RetrainWorkspace.DataDirectoryOf(request.Workspace, tickId), ct);
            outcome = outcome with { Dataset = dataset };
            request.Say($"dataset {dataset.ContentHash[..12]}: " + string.Join(", ", dataset.RowsBySource.Select(r => $"{r.Key} {r.Value}")));
            var folder = RetrainWorkspace.Prepare(request, tickId, dataset);
            var report = await new LifecyclePipeline(() => stores, request.Time).RunAsync(new PipelineRunOptions(folder)
            {
                Promote = false,
                RunTags = ChildTags(parent.RunId, dataset),
                OnWarning = request.OnProgress,
            }, new RetrainRunProgress(request), ct);
            var candidate = report.Registration?.Version
                ?? throw new MlopsException(ErrorCode.InvalidState, "the retrain pipeline run registered no model version");
            outcome = outcome with { ChildRunId = report.RunId };
            request.Say($"candidate: version {candidate} (child run {report.RunId})");
            if (_steps.AfterTraining is { } afterTraining)
            {
                await afterTraining(candidate, ct);
            }
            var gate = await JudgeAsync(request, candidate, dataset, ct);
            outcome = outcome with { Gate = gate };
            await RetrainAudit.TagCandidateAsync(request, gate, dataset, parent.RunId, ct);
            request.Say($"gate: {gate.Verdict}. {gate.ReasonText}");
            outcome = gate.Promote ? await RollOutAsync(request, gate, tickId, lease, outcome, ct) : outcome with
            {
                Status = RetrainTickStatus.Rejected,
                Summary = $"version {candidate} was rejected by the gate; the champion " +
                    (gate.ChampionVersion is { } held ? $"(version {held}) " : "") + $"is unchanged. {gate.ReasonText}",
            };
            await RetrainAudit.RecordAsync(parent, request, outcome, folder, ct);
            await parent.EndAsync(RunStatus.Finished, ct);
            return outcome;
        }
        catch (Exception e)
        {
            await FailAsync(parent, lease.Lost ? "the retrain lease was lost" : e.Message, request);
            throw;
        }
    }

    private static async Task<RetrainTickOutcome> RollOutAsync(RetrainRequest request, RetrainGateDecision gate, string tickId,
        RetrainerLease lease, RetrainTickOutcome outcome, CancellationToken ct)
    {
        lease.EnsureHeld();
        var rollout = await Rollout.RunAsync(request, gate, tickId, ct);
        request.Say($"rollout ({rollout.Mode}): {rollout.Sentence}");
        return outcome with
        {
            Rollout = rollout,
            Status = rollout.Moved ? RetrainTickStatus.Promoted
                : rollout.AbTest is not null ? RetrainTickStatus.TestStarted
                : RetrainTickStatus.NotRolledOut,
            Summary = rollout.Moved ? $"version {gate.CandidateVersion} is the new champion: {rollout.Sentence}" : rollout.Sentence,
        };
    }

    private static async Task<RetrainGateDecision> JudgeAsync(RetrainRequest request, int candidate, RetrainDataset dataset, CancellationToken ct)
    {
        var stores = request.Stores.Stores;
        var model = await stores.Registry.GetRegisteredModelAsync(request.ModelName, ct);
        int? champion = model.Aliases.TryGetValue(request.ChampionAlias, out var held) ? held : null;
        var loader = new ModelLoader(stores.Tracking, stores.Registry, stores.Artifacts, request.Time);
        RetrainGateScores candidateScores;
        using (var loaded = await loader.LoadAsync($"models:/{request.ModelName}/{candidate}", ct))
        {
            candidateScores = RetrainGateScoring.Score(loaded, request.Params, dataset);
        }
        RetrainGateScores? championScores = null;
        if (champion is { } version && version != candidate)
        {
            using var loaded = await loader.LoadAsync($"models:/{request.ModelName}/{version}", ct);
            championScores = RetrainGateScoring.Score(loaded, request.Params, dataset);
        }
        return RetrainGate.Decide(request.Params.ContinuousTraining.Gate, RetrainGate.DirectionOf(request.Params), candidate,
            candidateScores, champion, championScores ?? (champion is null ? null : candidateScores));
    }

    private static async Task FailAsync(ActiveRun parent, string reason, RetrainRequest request)
    {
        try
        {
            await parent.SetTagsAsync(new Dictionary<string, string> { ["mlops.error"] = reason }, CancellationToken.None);
            await parent.EndAsync(RunStatus.Failed, CancellationToken.None);
        }
        catch (Exception storeError) when (storeError is not OperationCanceledException)
        {
            request.Say($"could not mark the retrain run {parent.RunId} FAILED: {storeError.Message}");
        }
    }

    private static Dictionary<string, string> ParentTags(RetrainRequest request, string tickId) => new(StringComparer.Ordinal)
    {
        ["mlflow.source.type"] = "JOB",
        ["mlflow.source.name"] = "mlops retrain",
        ["mlflow.user"] = Environment.UserName,
        ["mlops.retrain.tick"] = tickId,
        ["mlops.retrain.model"] = request.ModelName,
        ["mlops.retrain.actor"] = request.Actor,
    };

    private static Dictionary<string, string> ChildTags(string parentRunId, RetrainDataset dataset)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ParentRunTag] = parentRunId,
            ["mlops.retrain.dataset_hash"] = dataset.ContentHash,
            ["mlops.retrain.holdout_leakage_share"] = RetrainAudit.Number(dataset.HoldoutLeakageShare),
        };
        foreach (var (source, rows) in dataset.RowsBySource)
        {
            tags[$"mlops.retrain.rows.{source}"] = rows.ToString(CultureInfo.InvariantCulture);
        }
        return tags;
    }
}
