using Mlops.Monitoring.Statistics;

namespace Mlops.Monitoring.Tests.Statistics;

public sealed class DistanceKnownAnswerTests
{
    public static TheoryData<int> WassersteinCases => KnownAnswers.Indexes("wasserstein");
    public static TheoryData<int> JensenShannonCases => KnownAnswers.Indexes("jensenshannon");
    public static TheoryData<int> PsiCases => KnownAnswers.Indexes("psi");

    [KnownAnswerTheory]
    [MemberData(nameof(WassersteinCases))]
    public void Wasserstein_KnownAnswerCase_MatchesScipyAndTheNormedScore(int index)
    {
        var c = KnownAnswers.Cases("wasserstein")[index];
        double[] reference = c.GetProperty("reference").Doubles(), current = c.GetProperty("current").Doubles();
        Tolerance.Close(c.GetProperty("distance").GetDouble(), WassersteinDistance.Between(reference, current), $"{c.Name()} distance");
        Tolerance.Close(c.GetProperty("distance_over_reference_std_ddof0").GetDouble(), WassersteinDistance.Normed(reference, current), $"{c.Name()} normed");
    }

    [KnownAnswerTheory]
    [MemberData(nameof(JensenShannonCases))]
    public void JensenShannon_KnownAnswerCase_MatchesScipyInBothBases(int index)
    {
        var c = KnownAnswers.Cases("jensenshannon")[index];
        double[] p = c.GetProperty("p").Doubles(), q = c.GetProperty("q").Doubles();
        Tolerance.Close(c.GetProperty("distance_base_e").GetDouble(), JensenShannon.Distance(p, q), $"{c.Name()} base e");
        Tolerance.Close(c.GetProperty("distance_base_2").GetDouble(), JensenShannon.Distance(p, q, 2), $"{c.Name()} base 2");
    }

    [KnownAnswerTheory]
    [MemberData(nameof(PsiCases))]
    public void Psi_KnownAnswerCase_MatchesTheNaturalLogFormula(int index)
    {
        var c = KnownAnswers.Cases("psi")[index];
        double psi = PopulationStabilityIndex.FromShares(c.GetProperty("reference_share").Doubles(), c.GetProperty("current_share").Doubles());
        Tolerance.Close(c.GetProperty("psi_natural_log").GetDouble(), psi, c.Name());
    }

    [Fact]
    public void FillEmptyBins_EmptyBin_GetsEvidentlysShare()
    {
        double[] shares = [0.5, 0, 0.5];
        PopulationStabilityIndex.FillEmptyBins(shares);
        Assert.Equal(PopulationStabilityIndex.EmptyBinShare, shares[1]);
    }

    [Fact]
    public void FillEmptyBins_TinySmallestShare_UsesAMillionthOfIt()
    {
        double[] shares = [0.99995, 0.00005, 0];
        PopulationStabilityIndex.FillEmptyBins(shares);
        Assert.Equal(0.00005 / 1e6, shares[2]);
    }

    [Fact]
    public void Normed_ConstantReference_DividesByTheFloor()
    {
        Assert.Equal(2 / WassersteinDistance.MinimumNorm, WassersteinDistance.Normed([1.0, 1.0, 1.0], [3.0, 3.0]), 6);
    }
}
