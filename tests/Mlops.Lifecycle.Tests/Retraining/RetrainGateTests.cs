using Mlops.Lifecycle.Retraining;
using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Tests.Retraining;

public sealed class RetrainGateTests
{
    private static readonly RetrainGateParams Accuracy = new() { Metric = "accuracy", MinMargin = 0.01, MaxOriginalDrop = 0.05 };

    private static RetrainGateScores Scores(double holdout, double original, string metric = "accuracy") =>
        new(new Dictionary<string, double> { [metric] = holdout }, new Dictionary<string, double> { [metric] = original });

    private static RetrainGateDecision Decide(RetrainGateScores candidate, RetrainGateScores? champion, RetrainGateParams? gate = null,
        MetricDirection direction = MetricDirection.HigherIsBetter) =>
        RetrainGate.Decide(gate ?? Accuracy, direction, 7, candidate, champion is null ? null : 3, champion);

    [Fact]
    public void Decide_BetterOnHoldoutByTheMarginAndOriginalKept_Promotes()
    {
        var decision = Decide(Scores(0.90, 0.95), Scores(0.70, 0.96));

        Assert.True(decision.Promote);
        Assert.Equal("promoted", decision.Verdict);
        Assert.Equal(2, decision.Reasons.Count);
        Assert.StartsWith("new holdout: passed, accuracy 0.9000 against version 3's 0.7000 is better by 0.2000", decision.Reasons[0]);
        Assert.Contains("is worse by 0.0100, within continuous_training.gate.max_original_drop 0.0500", decision.Reasons[1]);
    }

    [Fact]
    public void Decide_TieOnHoldout_Rejects()
    {
        var decision = Decide(Scores(0.80, 0.95), Scores(0.80, 0.95), new RetrainGateParams { Metric = "accuracy", MaxOriginalDrop = 0.05 });

        Assert.False(decision.Promote);
        Assert.Contains("is a tie, and a tie never takes the alias", decision.Reasons[0]);
        Assert.Contains("original held-out set: passed", decision.Reasons[1]);
    }

    [Fact]
    public void Decide_BetterByLessThanTheMargin_RejectsNamingTheMargin()
    {
        var decision = Decide(Scores(0.805, 0.95), Scores(0.80, 0.95));

        Assert.False(decision.Promote);
        Assert.Contains("is better by 0.0050, less than continuous_training.gate.min_margin 0.0100", decision.Reasons[0]);
    }

    [Fact]
    public void Decide_OriginalSetDropsMoreThanAllowed_RejectsEvenWhenHoldoutWins()
    {
        var decision = Decide(Scores(0.95, 0.85), Scores(0.70, 0.96));

        Assert.False(decision.Promote);
        Assert.StartsWith("new holdout: passed", decision.Reasons[0]);
        Assert.Contains("original held-out set: rejected, accuracy 0.8500 against version 3's 0.9600 is worse by 0.1100, more than " +
            "continuous_training.gate.max_original_drop 0.0500", decision.Reasons[1]);
        Assert.Contains("rejected", decision.ReasonText);
    }

    [Fact]
    public void Decide_LowerIsBetterMetric_PromotesTheLowerLoss()
    {
        var gate = new RetrainGateParams { Metric = "log_loss", MinMargin = 0.05, MaxOriginalDrop = 0.1 };

        var lower = Decide(Scores(0.30, 0.20, "log_loss"), Scores(0.60, 0.15, "log_loss"), gate, MetricDirection.LowerIsBetter);
        var higher = Decide(Scores(0.60, 0.15, "log_loss"), Scores(0.30, 0.20, "log_loss"), gate, MetricDirection.LowerIsBetter);

        Assert.True(lower.Promote);
        Assert.Contains("original held-out set: passed, log_loss 0.2000 against version 3's 0.1500 is worse by 0.0500", lower.Reasons[1]);
        Assert.False(higher.Promote);
        Assert.Contains("is worse (lower is better)", higher.Reasons[0]);
    }

    [Fact]
    public void Decide_NoChampion_PromotesSayingSo()
    {
        var decision = Decide(Scores(0.6, 0.6), champion: null);

        Assert.True(decision.Promote);
        Assert.Null(decision.ChampionVersion);
        Assert.Equal("promoted: there is no champion to compare with; accuracy on the new holdout is 0.6000", Assert.Single(decision.Reasons));
    }

    [Fact]
    public void Decide_MetricMissingFromTheCandidate_Rejects()
    {
        var decision = Decide(Scores(0.9, 0.9, "macro_f1"), Scores(0.5, 0.5));

        Assert.False(decision.Promote);
        Assert.Contains("continuous_training.gate.metric 'accuracy' is not among the candidate's metrics", Assert.Single(decision.Reasons));
    }

    [Fact]
    public void DirectionOf_GateMetricIsTheRegistrysChampionMetric_UsesRegistryDirection()
    {
        var parameters = new PipelineParams
        {
            Registry = new RegistryParams { ChampionMetric = "macro_f1", Direction = MetricDirections.Lower },
            ContinuousTraining = new ContinuousTrainingParams { Gate = new RetrainGateParams { Metric = "macro_f1" } },
        };
        var other = new PipelineParams { ContinuousTraining = new ContinuousTrainingParams { Gate = new RetrainGateParams { Metric = "business_cost" } } };

        Assert.Equal(MetricDirection.LowerIsBetter, RetrainGate.DirectionOf(parameters));
        Assert.Equal(MetricDirection.LowerIsBetter, RetrainGate.DirectionOf(other));
    }
}
