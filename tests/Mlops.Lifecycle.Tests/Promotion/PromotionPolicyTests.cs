using Mlops.Core.Registry;
using Mlops.Lifecycle.Promotion;
using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Tests.Promotion;

public sealed class PromotionPolicyTests
{
    private const int Candidate = 7;

    private static readonly PromotionPolicy Accuracy = PromotionPolicy.From(new RegistryParams { StagingThreshold = 0.85 });

    private static Dictionary<string, double> Metrics(params (string Key, double Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value);

    private static ChampionSnapshot Champion(int version, params (string Key, double Value)[] values) =>
        new(version, Metrics(values));

    [Fact]
    public void Decide_ThresholdMetNoChampion_StagesAndCrowns()
    {
        var decision = Accuracy.Decide(Candidate, Metrics(("accuracy", 0.90)), champion: null);

        Assert.Equal(ModelStage.Staging, decision.Stage);
        Assert.True(decision.Crown);
        Assert.Null(decision.DecidedAgainst);
        Assert.Contains(decision.Reasons, r => r.Contains("no current champion"));
    }

    [Fact]
    public void Decide_ThresholdMissed_StaysAtNoneAndIsNotCrowned()
    {
        var decision = Accuracy.Decide(Candidate, Metrics(("accuracy", 0.80)), champion: null);

        Assert.Equal(ModelStage.None, decision.Stage);
        Assert.False(decision.Crown);
        Assert.Contains("accuracy 0.8000 is below registry.staging_threshold 0.8500", decision.Reasons[0]);
    }

    [Fact]
    public void Decide_ThresholdExactlyMet_Stages()
    {
        var decision = Accuracy.Decide(Candidate, Metrics(("accuracy", 0.85)), champion: null);

        Assert.Equal(ModelStage.Staging, decision.Stage);
    }

    [Fact]
    public void Decide_BetterThanChampion_CrownsAgainstThatVersion()
    {
        var decision = Accuracy.Decide(Candidate, Metrics(("accuracy", 0.97)), Champion(3, ("accuracy", 0.95)));

        Assert.True(decision.Crown);
        Assert.Equal(3, decision.DecidedAgainst);
        Assert.Contains("accuracy 0.9700 against version 3's 0.9500 is better by 0.02", decision.Reasons[^1]);
    }

    [Fact]
    public void Decide_WorseThanChampion_NotCrowned()
    {
        var decision = Accuracy.Decide(Candidate, Metrics(("accuracy", 0.90)), Champion(3, ("accuracy", 0.95)));

        Assert.Equal(ModelStage.Staging, decision.Stage);
        Assert.False(decision.Crown);
        Assert.Equal(3, decision.DecidedAgainst);
        Assert.Contains("is worse", decision.Reasons[^1]);
    }

    [Fact]
    public void Decide_TieWithZeroMargin_NotCrowned()
    {
        var decision = Accuracy.Decide(Candidate, Metrics(("accuracy", 0.95)), Champion(3, ("accuracy", 0.95)));

        Assert.False(decision.Crown);
        Assert.Contains("tie", decision.Reasons[^1]);
    }

    [Theory]
    [InlineData(0.955, false)]
    [InlineData(0.96, true)]
    [InlineData(0.97, true)]
    public void Decide_WithMargin_CrownsOnlyFromTheMarginUp(double candidate, bool crowned)
    {
        var policy = PromotionPolicy.From(new RegistryParams { MinMargin = 0.01 });

        var decision = policy.Decide(Candidate, Metrics(("accuracy", candidate)), Champion(3, ("accuracy", 0.95)));

        Assert.Equal(crowned, decision.Crown);
    }

    [Fact]
    public void Decide_CandidateWithoutChampionMetric_NotCrownedWithReason()
    {
        var policy = PromotionPolicy.From(new RegistryParams { ChampionMetric = "macro_f1" });

        var decision = policy.Decide(Candidate, Metrics(("accuracy", 0.99)), champion: null);

        Assert.Equal(ModelStage.Staging, decision.Stage);
        Assert.False(decision.Crown);
        Assert.Contains("registry.champion_metric 'macro_f1' is not among the candidate's metrics", decision.Reasons[^1]);
    }

    [Fact]
    public void Decide_CandidateWithoutStagingMetric_StaysAtNoneWithReason()
    {
        var policy = PromotionPolicy.From(new RegistryParams { StagingMetric = "macro_f1" });

        var decision = policy.Decide(Candidate, Metrics(("accuracy", 0.99)), champion: null);

        Assert.Equal(ModelStage.None, decision.Stage);
        Assert.False(decision.Crown);
        Assert.Contains("registry.staging_metric 'macro_f1' is not among the candidate's metrics", decision.Reasons[0]);
    }

    [Fact]
    public void Decide_StagingOnAnotherMetric_UsesThatMetric()
    {
        var policy = PromotionPolicy.From(new RegistryParams { StagingMetric = "macro_f1", StagingThreshold = 0.9 });

        var decision = policy.Decide(Candidate, Metrics(("accuracy", 0.99), ("macro_f1", 0.8)), champion: null);

        Assert.Equal(ModelStage.None, decision.Stage);
    }

    [Theory]
    [InlineData("log_loss")]
    [InlineData("business_cost")]
    public void Decide_KnownLowerIsBetterMetric_SmallerValueWins(string metric)
    {
        var policy = PromotionPolicy.From(new RegistryParams { ChampionMetric = metric });
        var champion = Champion(3, ("accuracy", 0.95), (metric, 0.30));

        var lower = policy.Decide(Candidate, Metrics(("accuracy", 0.90), (metric, 0.20)), champion);
        var higher = policy.Decide(Candidate, Metrics(("accuracy", 0.99), (metric, 0.40)), champion);

        Assert.Equal(MetricDirection.LowerIsBetter, policy.ChampionDirection);
        Assert.True(lower.Crown);
        Assert.False(higher.Crown);
    }

    [Fact]
    public void Decide_LowerIsBetterStagingMetric_StagesAtOrBelowThreshold()
    {
        var policy = PromotionPolicy.From(new RegistryParams
            { StagingMetric = "log_loss", StagingThreshold = 0.5, ChampionMetric = "log_loss" });

        Assert.Equal(ModelStage.Staging, policy.Decide(Candidate, Metrics(("log_loss", 0.4)), null).Stage);
        Assert.Equal(ModelStage.None, policy.Decide(Candidate, Metrics(("log_loss", 0.6)), null).Stage);
    }

    [Fact]
    public void Decide_ExplicitLowerDirection_OverridesTheDefault()
    {
        var policy = PromotionPolicy.From(new RegistryParams { ChampionMetric = "error_rate", StagingMetric = "accuracy", Direction = "lower" });

        var decision = policy.Decide(Candidate, Metrics(("accuracy", 0.9), ("error_rate", 0.1)),
            Champion(3, ("error_rate", 0.2)));

        Assert.Equal(MetricDirection.HigherIsBetter, policy.StagingDirection);
        Assert.True(decision.Crown);
    }

    [Fact]
    public void Decide_ChampionVersionDeleted_CrownsAgainstTheDeletedVersion()
    {
        var decision = Accuracy.Decide(Candidate, Metrics(("accuracy", 0.90)), new ChampionSnapshot(3, Metrics: null));

        Assert.True(decision.Crown);
        Assert.Equal(3, decision.DecidedAgainst);
        Assert.Contains("version 3, no longer exists", decision.Reasons[^1]);
    }

    [Fact]
    public void Decide_ChampionWithoutTheMetric_CrownsWithReason()
    {
        var decision = Accuracy.Decide(Candidate, Metrics(("accuracy", 0.90)), Champion(3, ("macro_f1", 0.99)));

        Assert.True(decision.Crown);
        Assert.Contains("has no accuracy to compare with", decision.Reasons[^1]);
    }

    [Fact]
    public void Decide_CandidateIsTheChampion_AlreadyChampionAndNothingMoves()
    {
        var decision = Accuracy.Decide(3, Metrics(("accuracy", 0.90)), Champion(3, ("accuracy", 0.90)));

        Assert.True(decision.AlreadyChampion);
        Assert.False(decision.Crown);
    }

    [Fact]
    public void Decide_BelowThresholdButBetterThanChampion_NotCrowned()
    {
        var decision = Accuracy.Decide(Candidate, Metrics(("accuracy", 0.84)), Champion(3, ("accuracy", 0.80)));

        Assert.False(decision.Crown);
        Assert.Contains("only a version in Staging", decision.Reasons[^1]);
    }
}
