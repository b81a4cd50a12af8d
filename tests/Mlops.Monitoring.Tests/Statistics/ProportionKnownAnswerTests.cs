using Mlops.Monitoring.Statistics;

namespace Mlops.Monitoring.Tests.Statistics;

public sealed class ProportionKnownAnswerTests
{
    public static TheoryData<int> ZCases => KnownAnswers.Indexes("proportions_ztest");
    public static TheoryData<int> WilsonCases => KnownAnswers.Indexes("wilson_interval");
    public static TheoryData<int> SampleSizeCases => KnownAnswers.Indexes("sample_size");
    public static TheoryData<int> SrmCases => KnownAnswers.Indexes("srm_chisquare");

    [KnownAnswerTheory]
    [MemberData(nameof(ZCases))]
    public void ProportionZTest_KnownAnswerCase_MatchesStatsmodels(int index)
    {
        var c = KnownAnswers.Cases("proportions_ztest")[index];
        double[] successes = c.GetProperty("successes").Doubles(), trials = c.GetProperty("trials").Doubles();
        var result = ProportionZTest.TwoSample((long)successes[0], (long)trials[0], (long)successes[1], (long)trials[1],
            c.GetProperty("pooled").GetBoolean());
        Tolerance.Close(c.GetProperty("z").GetDouble(), result.Statistic, $"{c.Name()} z");
        Tolerance.Close(c.GetProperty("pvalue").GetDouble(), result.PValue, $"{c.Name()} p-value", isPValue: true);
    }

    [KnownAnswerTheory]
    [MemberData(nameof(WilsonCases))]
    public void Wilson_KnownAnswerCase_MatchesStatsmodels(int index)
    {
        var c = KnownAnswers.Cases("wilson_interval")[index];
        long successes = c.GetProperty("successes").GetInt64(), trials = c.GetProperty("trials").GetInt64();
        var interval = WilsonInterval.Compute(successes, trials, c.GetProperty("alpha").GetDouble());
        Tolerance.Close(c.GetProperty("low").GetDouble(), interval.Low, $"{successes}/{trials} low");
        Tolerance.Close(c.GetProperty("high").GetDouble(), interval.High, $"{successes}/{trials} high");
    }

    [KnownAnswerTheory]
    [MemberData(nameof(SampleSizeCases))]
    public void SampleSize_KnownAnswerCase_MatchesStatsmodels(int index)
    {
        var c = KnownAnswers.Cases("sample_size")[index];
        double control = c.GetProperty("p_control").GetDouble(), treatment = c.GetProperty("p_treatment").GetDouble();
        double alpha = c.GetProperty("alpha").GetDouble(), power = c.GetProperty("power").GetDouble();
        string name = $"{control} vs {treatment}";
        Tolerance.Close(c.GetProperty("cohens_h").GetDouble(), SampleSize.CohensH(control, treatment), $"{name} h");
        Tolerance.Close(c.GetProperty("n_per_arm").GetDouble(), SampleSize.PerArm(control, treatment, alpha, power), $"{name} n");
        Assert.Equal(c.GetProperty("n_per_arm_ceil").GetInt64(), SampleSize.PerArmCeiling(control, treatment, alpha, power));
    }

    [KnownAnswerTheory]
    [MemberData(nameof(SrmCases))]
    public void SampleRatioMismatch_KnownAnswerCase_MatchesScipy(int index)
    {
        var c = KnownAnswers.Cases("srm_chisquare")[index];
        var observed = c.GetProperty("observed").EnumerateArray().Select(e => e.GetInt64()).ToArray();
        var result = SampleRatioMismatch.Test(observed, c.GetProperty("weights").Doubles());
        Tolerance.Close(c.GetProperty("statistic").GetDouble(), result.Statistic, $"{c.Name()} statistic");
        Tolerance.Close(c.GetProperty("pvalue").GetDouble(), result.PValue, $"{c.Name()} p-value", isPValue: true);
    }

    [Fact]
    public void Wilson_MoreSuccessesThanTrials_IsRejectedNamingBoth()
    {
        var error = Assert.Throws<Mlops.Core.Errors.MlopsException>(() => WilsonInterval.Compute(11, 10));
        Assert.Contains("11 successes in 10 trials", error.Message);
    }
}
