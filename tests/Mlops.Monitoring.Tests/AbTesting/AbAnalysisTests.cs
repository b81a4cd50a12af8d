using Mlops.Core.AbTesting;
using Mlops.Core.Errors;
using Mlops.Monitoring.AbTesting;
using Mlops.Monitoring.Tests.Statistics;

namespace Mlops.Monitoring.Tests.AbTesting;

public sealed class AbAnalysisTests
{
    [Fact]
    public void Analyze_ChallengerAheadAtTheHorizon_ChallengerBetterWithTheFixtureZTestAndHandNewcombe()
    {
        // The fixture's proportions_ztest case acc_0.91_vs_0.88_n1000 (z 2.1882658846227256, p 0.02865024039844831).
        var report = AbAnalysis.Analyze(AbTestFactory.Test(1000), AbTestFactory.Counts(1000, 880, 1000, 910));

        Assert.Equal(AbVerdict.ChallengerBetter, report.Verdict);
        Assert.Equal("challenger", report.Winner);
        var c = Assert.Single(report.Comparisons);
        Tolerance.Close(2.1882658846227256, c.Z, "z");
        Tolerance.Close(0.02865024039844831, c.PValue, "p-value", isPValue: true);
        Tolerance.Close(0.03, c.Difference.Difference, "difference");
        Tolerance.Close(0.003096048678579818, c.Difference.Low, "Newcombe low");
        Tolerance.Close(0.05700957119265849, c.Difference.High, "Newcombe high");
        Tolerance.Close(0.8906582073569279, report.Variants[1].AccuracyInterval!.Low, "Wilson low");
        Assert.Contains("p = 0.0287 < alpha 0.05", report.Reason);
        Assert.True(report.Horizon.Reached);
        Assert.False(report.SampleRatio!.Flagged);
    }

    [Fact]
    public void Analyze_ChallengerBehindAtTheHorizon_ChallengerWorseAndNoWinner()
    {
        var report = AbAnalysis.Analyze(AbTestFactory.Test(1000), AbTestFactory.Counts(1000, 910, 1000, 880));

        Assert.Equal(AbVerdict.ChallengerWorse, report.Verdict);
        Assert.Null(report.Winner);
        Assert.True(report.Comparisons[0].Z < 0);
        Assert.Contains("keep the control", report.Reason);
    }

    [Fact]
    public void Analyze_SmallDifferenceAtTheHorizon_NoSignificantDifference()
    {
        var report = AbAnalysis.Analyze(AbTestFactory.Test(1000), AbTestFactory.Counts(1000, 900, 1000, 905));

        Assert.Equal(AbVerdict.NoSignificantDifference, report.Verdict);
        Assert.True(report.Comparisons[0].Difference.Contains(0));
        Assert.Contains(">= alpha 0.05", report.Reason);
    }

    [Fact]
    public void Analyze_SignificantButBeforeTheHorizon_InconclusiveNamingTheVariantBehind()
    {
        var observations = new AbObservations(
            [new VariantObservation("champion", 1200, 1200, 1000), new VariantObservation("challenger", 1200, 1000, 950)], []);

        var report = AbAnalysis.Analyze(AbTestFactory.Test(2000), observations);

        Assert.Equal(AbVerdict.Inconclusive, report.Verdict);
        Assert.True(report.Comparisons[0].Significant); // the guard, not the data, holds the verdict back
        Assert.Equal(1000, report.Horizon.FewestLabelled);
        Assert.Equal(0.5, report.Horizon.Progress);
        Assert.Contains("challenger has 1000 of the 2000", report.Reason);
    }

    [Fact]
    public void Analyze_SplitFarFromItsShares_SrmFlaggedAndInconclusiveWhateverTheData()
    {
        var observations = new AbObservations(
            [new VariantObservation("champion", 5500, 5500, 4400), new VariantObservation("challenger", 4500, 4500, 4300)], []);

        var report = AbAnalysis.Analyze(AbTestFactory.Test(1000), observations);

        Assert.True(report.SampleRatio!.Flagged);
        Assert.Equal(100, report.SampleRatio.ChiSquare, 9); // (500² / 5000) × 2
        Assert.Equal(AbVerdict.Inconclusive, report.Verdict);
        Assert.StartsWith("Sample ratio mismatch", report.Reason);
    }

    [Fact]
    public void Analyze_PlannedSplit90To10_SrmUsesTheShares()
    {
        // The fixture's srm_chisquare case 90_10: statistic 2.7777777777777777.
        var observations = new AbObservations([new VariantObservation("champion", 9050, 0, 0), new VariantObservation("challenger", 950, 0, 0)], []);

        var report = AbAnalysis.Analyze(AbTestFactory.Test(100, controlShare: 0.9), observations);

        Tolerance.Close(2.7777777777777777, report.SampleRatio!.ChiSquare, "chi-square");
        Assert.False(report.SampleRatio.Flagged);
    }

    [Fact]
    public void Analyze_NoLabelsYet_NoAccuracyNoComparisonInconclusive()
    {
        var observations = new AbObservations([new VariantObservation("champion", 10, 0, 0), new VariantObservation("challenger", 12, 0, 0)], []);

        var report = AbAnalysis.Analyze(AbTestFactory.Test(100), observations);

        Assert.All(report.Variants, v => Assert.Null(v.Accuracy));
        Assert.Empty(report.Comparisons);
        Assert.Equal(AbVerdict.Inconclusive, report.Verdict);
        Assert.Equal(0, report.Horizon.Progress);
    }

    [Fact]
    public void Analyze_ShadowTest_NoSrmDisagreementRateAndTheConservativeNote()
    {
        var observations = new AbObservations(
            [new VariantObservation("champion", 2000, 1000, 900), new VariantObservation("challenger", 1990, 1000, 850)],
            [new ShadowObservation("challenger", 1990, 199)]);

        var report = AbAnalysis.Analyze(AbTestFactory.Test(1000, AbMode.Shadow), observations);

        Assert.Null(report.SampleRatio);
        Assert.Equal(0.1, Assert.Single(report.Shadows).DisagreementRate!.Value, 12);
        Assert.Equal(AbVerdict.ChallengerWorse, report.Verdict);
        Assert.Contains("conservative", report.Reason);
    }

    [Fact]
    public void Analyze_MetricOtherThanAccuracy_RejectedNamingIt()
    {
        var test = AbTestFactory.Test(100);
        test = test with { Definition = test.Definition with { Metric = "f1" } };

        var error = Assert.Throws<MlopsException>(() => AbAnalysis.Analyze(test, AbTestFactory.Counts(1, 1, 1, 1)));

        Assert.Contains("metric 'f1'", error.Message);
    }

    [Fact]
    public void Analyze_TestWithOnlyTheControl_InconclusiveSayingSo()
    {
        var test = AbTestFactory.Test(10);
        test = test with { Definition = test.Definition with { Variants = [test.Control with { Share = 1 }] } };

        var report = AbAnalysis.Analyze(test, AbTestFactory.Counts(100, 90, 0, 0));

        Assert.Equal(AbVerdict.Inconclusive, report.Verdict);
        Assert.Contains("no challenger", report.Reason);
        Assert.Null(report.SampleRatio);
    }
}
