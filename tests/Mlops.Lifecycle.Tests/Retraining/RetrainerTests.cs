using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.Lifecycle.Retraining;
using Microsoft.Extensions.Time.Testing;

namespace Mlops.Lifecycle.Tests.Retraining;

public sealed class RetrainerTests(RetrainFixture fixture) : IClassFixture<RetrainFixture>
{
    [Fact]
    public async Task RunTickAsync_NothingFired_RecordsTheTickAndTrainsNothing()
    {
        using var setup = new RetrainTickSetup(fixture);

        var outcome = await new Retrainer(RetrainTickSetup.Steps(fired: false)).RunTickAsync(setup.Request);

        Assert.Equal(RetrainTickStatus.NothingFired, outcome.Status);
        Assert.Null(outcome.ParentRunId);
        var line = Assert.Single(File.ReadAllLines(RetrainerTickLog.PathIn(setup.Workspace)));
        Assert.Contains("\"fired\":false", line);
        Assert.Contains("\"labels_since\":12", line);
        Assert.Contains("off: continuous_training.triggers.schedule is not set", line);
        Assert.Null(await setup.Leases.FindAsync(RetrainerLease.NameOf(setup.ModelName)));
        Assert.Equal(1, setup.Leases.Releases);
    }

    [Fact]
    public async Task RunTickAsync_DryRunWithATriggerFiring_SaysItWouldRetrainAndTrainsNothing()
    {
        using var setup = new RetrainTickSetup(fixture);

        var outcome = await new Retrainer(RetrainTickSetup.Steps(fired: true)).RunTickAsync(setup.Request with { DryRun = true });

        Assert.Equal(RetrainTickStatus.DryRun, outcome.Status);
        Assert.Equal("dry run, would retrain: new_labels fired", outcome.Summary);
        Assert.Contains(setup.Progress, p => p.StartsWith("trigger new_labels: fires (612 labels", StringComparison.Ordinal));
        Assert.Contains("\"dry_run\":true", File.ReadAllText(RetrainerTickLog.PathIn(setup.Workspace)));
        Assert.False(Directory.Exists(Path.Combine(setup.Workspace, RetrainWorkspace.Root)));
    }

    [Fact]
    public async Task RunTickAsync_DefaultStepsDryRun_RecordsEveryTriggerOfTheLibraryAndTrainsNothing()
    {
        using var setup = new RetrainTickSetup(fixture);

        var outcome = await new Retrainer().RunTickAsync(setup.Request with { DryRun = true });

        Assert.Equal(RetrainTickStatus.DryRun, outcome.Status);
        Assert.Equal("dry run, would not retrain: no trigger fired", outcome.Summary);
        Assert.Equal(new[] { "drift", "new_labels", "performance", "schedule" }, outcome.Triggers!.Results.Select(r => r.Name).Order());
        Assert.Equal(4, setup.Progress.Count(p => p.StartsWith("trigger ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunTickAsync_LeaseHeldByAnother_RefusesNamingTheHolderAndExpiry()
    {
        using var setup = new RetrainTickSetup(fixture);
        var other = await setup.Leases.TryAcquireAsync(RetrainerLease.NameOf(setup.ModelName), "retrain on host-b (pid 42)", TimeSpan.FromMinutes(15));

        var outcome = await new Retrainer(RetrainTickSetup.Steps()).RunTickAsync(setup.Request);

        Assert.Equal(RetrainTickStatus.LeaseHeld, outcome.Status);
        Assert.Equal(other, outcome.HeldBy);
        Assert.Contains("retrain on host-b (pid 42) holds it until", outcome.Summary);
        Assert.Null(outcome.Triggers);
        Assert.False(File.Exists(RetrainerTickLog.PathIn(setup.Workspace)));
    }

    [Fact]
    public async Task RunTickAsync_TwoAtOnce_OneProceedsTheOtherRefusesWithTheHolder()
    {
        using var setup = new RetrainTickSetup(fixture);
        var inTriggers = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var blocking = RetrainTickSetup.Steps(fired: false) with
        {
            EvaluateTriggers = async (request, _) =>
            {
                inTriggers.SetResult();
                await release.Task;
                return RetrainTickSetup.Report(request, fired: false);
            },
        };

        var first = Task.Run(() => new Retrainer(blocking).RunTickAsync(setup.Request with { Actor = "first" }));
        await inTriggers.Task;
        var second = await new Retrainer(RetrainTickSetup.Steps()).RunTickAsync(setup.Request with { Actor = "second" });
        release.SetResult();
        var firstOutcome = await first;

        Assert.Equal(RetrainTickStatus.LeaseHeld, second.Status);
        Assert.StartsWith("first on ", second.HeldBy!.Holder);
        Assert.Equal(RetrainTickStatus.NothingFired, firstOutcome.Status);
        Assert.Single(File.ReadAllLines(RetrainerTickLog.PathIn(setup.Workspace)));
    }

    [Fact]
    public async Task RunTickAsync_ExpiredLeaseOfACrashedHolder_IsTakenOver()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        using var setup = new RetrainTickSetup(fixture, time);
        var lease = TimeSpan.FromSeconds(setup.Request.Params.ContinuousTraining.LeaseSeconds);
        await setup.Leases.TryAcquireAsync(RetrainerLease.NameOf(setup.ModelName), "crashed", lease);
        var retrainer = new Retrainer(RetrainTickSetup.Steps(fired: false));

        var before = await retrainer.RunTickAsync(setup.Request);
        time.Advance(lease + TimeSpan.FromSeconds(1));
        var after = await retrainer.RunTickAsync(setup.Request);

        Assert.Equal(RetrainTickStatus.LeaseHeld, before.Status);
        Assert.Equal(RetrainTickStatus.NothingFired, after.Status);
        Assert.Null(await setup.Leases.FindAsync(RetrainerLease.NameOf(setup.ModelName)));
    }

    [Fact]
    public async Task RunTickAsync_ShuffledLabels_CandidateRejectedAndTaggedChampionUnchanged()
    {
        using var setup = new RetrainTickSetup(fixture);
        var champion = await setup.ChampionAsync();

        var outcome = await new Retrainer(RetrainTickSetup.Steps(shuffleLabels: true)).RunTickAsync(setup.Request);

        Assert.Equal(RetrainTickStatus.Rejected, outcome.Status);
        Assert.Equal(champion, await setup.ChampionAsync());
        var gate = outcome.Gate!;
        Assert.Equal(champion, gate.ChampionVersion);
        Assert.StartsWith("new holdout: rejected, accuracy ", gate.Reasons[0]);
        var version = await setup.Store.Registry.GetModelVersionAsync(setup.ModelName, gate.CandidateVersion);
        Assert.Equal("rejected", version.Tags["mlops.gate.decision"]);
        Assert.Contains("is worse (higher is better)", version.Tags["mlops.gate.reason"]);
        Assert.True(double.Parse(version.Tags["mlops.gate.holdout.accuracy.candidate"], System.Globalization.CultureInfo.InvariantCulture)
            < double.Parse(version.Tags["mlops.gate.holdout.accuracy.champion"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0", version.Tags["mlops.gate.holdout_leakage_share"]);

        var parent = await setup.Store.Tracking.GetRunAsync(outcome.ParentRunId!);
        Assert.Equal(RunStatus.Finished, parent.Info.Status);
        Assert.Equal("rejected", parent.Tags["mlops.gate.decision"]);
        Assert.Equal("new_labels", parent.Params["triggers.fired"]);
        Assert.Equal(outcome.Dataset!.ContentHash, parent.Params["dataset.content_hash"]);
        Assert.Contains(parent.Metrics, m => m.Key == "trigger.new_labels.labels_since" && m.Value == 612);
        Assert.True(File.Exists(Path.Combine(setup.Store.Artifacts.TryGetLocalPath(parent.Info.ArtifactUri, RetrainAudit.DecisionFile)!)));
        var child = await setup.Store.Tracking.GetRunAsync(outcome.ChildRunId!);
        Assert.Equal(outcome.ParentRunId, child.Tags[Retrainer.ParentRunTag]);
        Assert.Equal(outcome.Dataset.ContentHash, child.Tags["mlops.retrain.dataset_hash"]);
        Assert.Contains("pipeline stage train started", setup.Progress);
        Assert.Contains(setup.Progress, p => p.StartsWith("gate: rejected. new holdout: rejected", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunTickAsync_CandidateBeatsTheChampion_MovesTheAliasCompareAndSetWithActorAndReasons()
    {
        using var setup = new RetrainTickSetup(fixture);
        var champion = await setup.ChampionAsync();

        var outcome = await new Retrainer(RetrainTickSetup.Steps()).RunTickAsync(setup.Request);

        Assert.Equal(RetrainTickStatus.Promoted, outcome.Status);
        var candidate = outcome.Gate!.CandidateVersion;
        Assert.Equal(candidate, await setup.ChampionAsync());
        var move = Assert.Single(setup.AliasMoves.Moves);
        Assert.Equal((setup.ModelName, "champion", (int?)candidate, champion, true), (move.Model, move.Alias, move.To, move.Expected, move.Moved));
        Assert.Equal("retrain-test", move.Note.Actor);
        Assert.Equal(outcome.Gate.ReasonText, move.Note.Reason);
        Assert.StartsWith("new holdout: passed, accuracy ", move.Note.Reason);
        Assert.Contains("original held-out set: passed", move.Note.Reason);
        Assert.Equal($"version {candidate} is the new champion: @champion moved from version {champion} to version {candidate}", outcome.Summary);
        var history = (await setup.Store.Registry.ListAliasMovesAsync(setup.ModelName, "champion"))[^1];
        Assert.Equal((champion, (int?)candidate, "retrain-test", move.Note.Reason), (history.FromVersion, history.ToVersion, history.Actor, history.Reason));
        var version = await setup.Store.Registry.GetModelVersionAsync(setup.ModelName, candidate);
        Assert.Equal("promoted", version.Tags["mlops.gate.decision"]);
        var parent = await setup.Store.Tracking.GetRunAsync(outcome.ParentRunId!);
        Assert.Equal(outcome.Rollout!.Sentence, parent.Tags["mlops.retrain.rollout"]);
        Assert.Null(await setup.Leases.FindAsync(RetrainerLease.NameOf(setup.ModelName)));
    }

    [Fact]
    public async Task RunTickAsync_AliasMovedByAnotherBeforeTheMove_LosesTheCompareAndSetAndSaysSo()
    {
        using var setup = new RetrainTickSetup(fixture);
        setup.AliasMoves.BeforeMove = () => setup.Store.Registry.DeleteAliasAsync(setup.ModelName, "champion");

        var outcome = await new Retrainer(RetrainTickSetup.Steps()).RunTickAsync(setup.Request);

        Assert.Equal(RetrainTickStatus.NotRolledOut, outcome.Status);
        Assert.False(Assert.Single(setup.AliasMoves.Moves).Moved);
        Assert.Contains("another move won the race", outcome.Summary);
        Assert.Null(await setup.ChampionAsync());
    }

    [Fact]
    public async Task RunTickAsync_ThrowsAfterTraining_ChampionUnchangedParentFailedLeaseReleased()
    {
        using var setup = new RetrainTickSetup(fixture);
        var champion = await setup.ChampionAsync();
        var steps = RetrainTickSetup.Steps() with
        {
            AfterTraining = (_, _) => throw new MlopsException(ErrorCode.InvalidState, "injected crash after training"),
        };

        var error = await Assert.ThrowsAsync<MlopsException>(() => new Retrainer(steps).RunTickAsync(setup.Request));

        Assert.Equal("injected crash after training", error.Message);
        Assert.Equal(champion, await setup.ChampionAsync());
        Assert.Null(await setup.Leases.FindAsync(RetrainerLease.NameOf(setup.ModelName)));
        var experiment = await setup.Store.Tracking.GetExperimentByNameAsync(setup.Request.Params.ContinuousTraining.Experiment);
        var runs = await setup.Store.Tracking.SearchRunsAsync(new RunSearch([experiment!.ExperimentId]));
        var parent = Assert.Single(runs.Items);
        Assert.Equal(RunStatus.Failed, parent.Info.Status);
        Assert.Equal("injected crash after training", parent.Tags["mlops.error"]);
    }
}
