using Mlops.Core.AbTesting;
using Mlops.Lifecycle.Retraining;

namespace Mlops.Lifecycle.Tests.Retraining;

public sealed class RetrainRolloutTests(RetrainFixture fixture) : IClassFixture<RetrainFixture>
{
    [Fact]
    public async Task RunTickAsync_RolloutAbAndTheCandidatePasses_StartsATestAndTheNextTickWaitsForItsVerdict()
    {
        using var setup = new RetrainTickSetup(fixture, null, ("mode: direct", "mode: ab"), ("candidate_share: 0.5", "candidate_share: 0.25"));
        var champion = await setup.ChampionAsync();

        var started = await new Retrainer(RetrainTickSetup.Steps()).RunTickAsync(setup.Request);
        var next = await new Retrainer(RetrainTickSetup.Steps(fired: true)).RunTickAsync(setup.Request);

        Assert.Equal(RetrainTickStatus.TestStarted, started.Status);
        Assert.Equal(champion, await setup.ChampionAsync());
        var test = await setup.Store.AbTests.FindRunningAsync(setup.ModelName);
        Assert.NotNull(test);
        Assert.Equal(started.Rollout!.AbTest, test.Name);
        Assert.StartsWith(RolloutAbTest.NamePrefix, test.Name);
        Assert.Equal(AbMode.Split, test.Mode);
        Assert.Equal([(champion!.Value, 0.75), (started.Gate!.CandidateVersion, 0.25)], test.Variants.Select(v => (v.Version, v.Share)));
        Assert.Equal(started.Gate.Champion!.Holdout["accuracy"], test.Definition.BaselineRate);
        Assert.True(test.Definition.RequiredPerVariant > 0);
        Assert.Equal(RetrainTickStatus.TestRunning, next.Status);
        Assert.StartsWith($"A/B test '{test.Name}' is still running", next.Summary);
        Assert.Null(next.ParentRunId);
        Assert.Equal(champion, await setup.ChampionAsync());
    }

    [Fact]
    public async Task RunTickAsync_RolloutShadow_StartsAShadowTestWithTheChampionAnswering()
    {
        using var setup = new RetrainTickSetup(fixture, null, ("mode: direct", "mode: shadow"));

        var started = await new Retrainer(RetrainTickSetup.Steps()).RunTickAsync(setup.Request);

        Assert.Equal(RetrainTickStatus.TestStarted, started.Status);
        var test = await setup.Store.AbTests.GetAsync(started.Rollout!.AbTest!);
        Assert.Equal(AbMode.Shadow, test.Mode);
        Assert.Equal([1.0, 0.0], test.Variants.Select(v => v.Share));
        Assert.Contains("started (shadow)", started.Summary);
    }

    [Fact]
    public async Task RunTickAsync_RetrainTestVerdictChallengerWorse_ConcludesItAndKeepsTheChampion()
    {
        using var setup = new RetrainTickSetup(fixture, null, ("mode: direct", "mode: ab"), ("min_detectable_effect: 0.05", "min_detectable_effect: 0.15"));
        var champion = await setup.ChampionAsync();
        var started = await new Retrainer(RetrainTickSetup.Steps()).RunTickAsync(setup.Request);
        var test = await setup.Store.AbTests.GetAsync(started.Rollout!.AbTest!);
        var rows = test.Definition.RequiredPerVariant + 20;
        await AbTraffic.AppendAsync(setup.Store.PredictionLog, setup.Store.PredictionLog, test, test.Variants[0], rows, 0.9);
        await AbTraffic.AppendAsync(setup.Store.PredictionLog, setup.Store.PredictionLog, test, test.Variants[1], rows, 0.4);

        var concluded = await new Retrainer(RetrainTickSetup.Steps(fired: true)).RunTickAsync(setup.Request);

        Assert.Equal(RetrainTickStatus.Rejected, concluded.Status);
        Assert.Contains($"The champion, version {champion}, stays", concluded.Summary);
        Assert.Equal(champion, await setup.ChampionAsync());
        var closed = await setup.Store.AbTests.GetAsync(test.Name);
        Assert.Equal(AbStatus.Concluded, closed.Status);
        Assert.Equal(AbVerdict.ChallengerWorse, closed.Conclusion!.Verdict);
        Assert.Null(closed.Conclusion.PromotedVersion);
        Assert.NotNull(closed.Conclusion.RunId);
        Assert.Null(concluded.ParentRunId);
    }
}
