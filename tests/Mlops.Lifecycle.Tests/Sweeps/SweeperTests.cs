using Mlops.Core.Tracking;
using Mlops.Lifecycle.Sweeps;

namespace Mlops.Lifecycle.Tests.Sweeps;

public sealed partial class SweeperTests(SweepWorkspace workspace) : IClassFixture<SweepWorkspace>
{
    private async Task<IReadOnlyList<Run>> ChildrenOfAsync(string parentRunId)
    {
        var experiments = (await workspace.Store.Tracking.ListExperimentsAsync()).Select(e => e.ExperimentId).ToList();
        var runs = (await workspace.Store.Tracking.SearchRunsAsync(new RunSearch(experiments))).Items;
        return runs.Where(r => r.Tags.GetValueOrDefault(SweepTags.ParentRun) == parentRunId).ToList();
    }

    [Fact]
    public async Task RunAsync_TwelveRandomTrials_EachAFinishedChildRunOfOneParent()
    {
        var outcome = workspace.First;
        var parent = await workspace.Store.Tracking.GetRunAsync(outcome.ParentRunId);
        var children = await ChildrenOfAsync(outcome.ParentRunId);

        Assert.Equal(RunStatus.Finished, parent.Info.Status);
        Assert.False(parent.Tags.ContainsKey(SweepTags.ParentRun));
        var trials = children.Where(c => c.Tags[SweepTags.Role] == "trial").ToList();
        Assert.Equal(SweepWorkspace.Trials, trials.Count);
        Assert.All(trials, t =>
        {
            Assert.Equal(RunStatus.Finished, t.Info.Status);
            Assert.Equal(parent.Info.ExperimentId, t.Info.ExperimentId);
            Assert.Contains(t.Metrics, m => m.Key == SweepMetrics.MeanOf("accuracy") && m.Value > 0.5);
            Assert.Contains("model.lightgbm.num_leaves", t.Params.Keys);
            Assert.Equal("3", t.Params["sweep.folds"]);
        });
        Assert.Equal(trials.Select(t => t.Info.RunName).Order(), Enumerable.Range(1, 12).Select(i => $"trial-{i:D2}"));
        Assert.Equal(2, outcome.Parallelism);
    }

    [Fact]
    public async Task RunAsync_BestTrial_RetrainedAsAChildPipelineRunAndRegistered()
    {
        var outcome = workspace.First;
        var best = outcome.Best!;
        var parent = await workspace.Store.Tracking.GetRunAsync(outcome.ParentRunId);
        var retrained = Assert.Single(await ChildrenOfAsync(outcome.ParentRunId), c => c.Tags[SweepTags.Role] == "best");

        Assert.Equal(outcome.BestRun!.RunId, retrained.Info.RunId);
        Assert.Equal(best.Trial.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), retrained.Tags[SweepTags.Trial]);
        Assert.Equal(best.RunId, parent.Tags[SweepTags.BestRun]);
        Assert.Equal(retrained.Info.RunId, parent.Tags[SweepTags.PipelineRun]);
        // The pipeline run used the best trial's params and evaluated on the test rows.
        foreach (var (key, value) in best.Trial.Assignments)
        {
            Assert.Equal(value, retrained.Params[key]);
        }
        Assert.Contains(retrained.Metrics, m => m.Key == "accuracy");
        var registration = outcome.BestRun.Registration!;
        var version = await workspace.Store.Registry.GetModelVersionAsync(registration.ModelName, registration.Version);
        Assert.Equal(retrained.Info.RunId, version.RunId);
    }

    [Fact]
    public void RunAsync_SameSeedTwice_SameTable()
    {
        var first = SweepTable.Of(workspace.First);
        var second = SweepTable.Of(workspace.Second);

        Assert.NotEqual(workspace.First.ParentRunId, workspace.Second.ParentRunId);
        Assert.Equal(first.Header, second.Header);
        Assert.Equal(first.Rows, second.Rows);
        Assert.Equal(SweepWorkspace.Trials, first.Rows.Count);
    }

    [Fact]
    public void RunAsync_Ranked_BestFirstByTheMeanOfTheMetric()
    {
        var means = workspace.First.Ranked.Select(r => r.Score("accuracy").Mean).ToList();

        Assert.Equal(means.OrderDescending(), means);
        Assert.Same(workspace.First.Ranked[0], workspace.First.Best);
    }

    [Fact]
    public async Task RunAsync_TrialWithBadParams_RecordedFailedWithTheReasonAndTheSweepGoesOn()
    {
        var outcome = await new Sweeper().RunAsync(workspace.Request() with { Grid = ["model.trainer=lightgbm,nosuch"] });

        var failed = Assert.Single(outcome.Ranked, r => r.Failed);
        Assert.Equal("nosuch", failed.Trial.Assignments[0].Value);
        Assert.Same(outcome.Ranked[^1], failed);
        var run = await workspace.Store.Tracking.GetRunAsync(failed.RunId);
        Assert.Equal(RunStatus.Failed, run.Info.Status);
        Assert.Contains("model.trainer must be one of", run.Tags[SweepTags.Error]);
        Assert.Equal("nosuch", run.Params["model.trainer"]);
        Assert.Equal(outcome.ParentRunId, run.Tags[SweepTags.ParentRun]);
        Assert.Equal(RunStatus.Finished, (await workspace.Store.Tracking.GetRunAsync(outcome.ParentRunId)).Info.Status);
        Assert.NotNull(outcome.BestRun?.Registration);
        Assert.Equal("FAILED: " + failed.Error, SweepTable.Of(outcome).Rows[^1][^1]);
    }
}
