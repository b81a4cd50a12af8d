using Mlops.Lifecycle.Promotion;
using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Tests.Promotion;

public sealed class PromotionGuardTests
{
    private const string Survey = "slices.survey_rows.accuracy";

    private static readonly PromotionPolicy Guarded = PromotionPolicy.From(new RegistryParams
    {
        StagingThreshold = 0.85,
        Guards = [new PromotionGuardParams { Metric = Survey, MaxDrop = 0.02 }],
    });

    private static Dictionary<string, double> Metrics(double accuracy, double survey) =>
        new() { ["accuracy"] = accuracy, [Survey] = survey };

    [Fact]
    public void Decide_BetterOverallButWorseOnTheGuardedSlice_IsNotCrownedAndSaysWhy()
    {
        var decision = Guarded.Decide(7, Metrics(0.95, 0.55), new ChampionSnapshot(3, Metrics(0.90, 0.60)));

        Assert.False(decision.Crown);
        Assert.Equal(
            "not crowned: slices.survey_rows.accuracy 0.5500 against version 3's 0.6000 is worse by 0.0500, more than the guard's max_drop 0.0200",
            decision.Reasons[^1]);
    }

    [Fact]
    public void Decide_SliceDropWithinMaxDrop_IsCrownedWithTheGuardInTheReasons()
    {
        var decision = Guarded.Decide(7, Metrics(0.95, 0.59), new ChampionSnapshot(3, Metrics(0.90, 0.60)));

        Assert.True(decision.Crown);
        Assert.StartsWith("crowned: accuracy 0.9500", decision.Reasons[^1]);
        Assert.Contains(decision.Reasons, r => r.StartsWith("guard slices.survey_rows.accuracy 0.5900 against version 3's 0.6000 is within", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_CandidateWithoutTheGuardedMetric_GuardIsNotApplied()
    {
        var decision = Guarded.Decide(7, new Dictionary<string, double> { ["accuracy"] = 0.95 }, new ChampionSnapshot(3, Metrics(0.90, 0.60)));

        Assert.True(decision.Crown);
        Assert.Contains("guard slices.survey_rows.accuracy not applied: the candidate has no slices.survey_rows.accuracy", decision.Reasons);
    }

    [Fact]
    public void Decide_ChampionWithoutTheGuardedMetric_GuardPasses()
    {
        var decision = Guarded.Decide(7, Metrics(0.95, 0.50), new ChampionSnapshot(3, new Dictionary<string, double> { ["accuracy"] = 0.90 }));

        Assert.True(decision.Crown);
        Assert.Contains(decision.Reasons, r => r.Contains("the champion has no slices.survey_rows.accuracy to compare with"));
    }

    [Fact]
    public void From_LossMetricOnAuto_IsLowerIsBetter()
    {
        var guard = PromotionGuard.From(new PromotionGuardParams { Metric = "slices.survey_rows.log_loss", MaxDrop = 0.1 });

        Assert.Equal(MetricDirection.LowerIsBetter, guard.Direction);
    }
}
