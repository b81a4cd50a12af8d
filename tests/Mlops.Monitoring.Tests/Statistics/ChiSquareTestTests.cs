using Mlops.Core.Errors;
using Mlops.Monitoring.Statistics;

namespace Mlops.Monitoring.Tests.Statistics;

public sealed class ChiSquareTestTests
{
    public static TheoryData<int> GoodnessCases => KnownAnswers.Indexes("chisquare");
    public static TheoryData<int> ContingencyCases => KnownAnswers.Indexes("chi2_contingency");

    [KnownAnswerTheory]
    [MemberData(nameof(GoodnessCases))]
    public void GoodnessOfFit_KnownAnswerCase_MatchesScipy(int index)
    {
        var c = KnownAnswers.Cases("chisquare")[index];
        var result = ChiSquareTest.GoodnessOfFit(c.GetProperty("observed").Doubles(), c.GetProperty("expected").Doubles());
        Tolerance.Close(c.GetProperty("statistic").GetDouble(), result.Statistic, $"{c.Name()} statistic");
        Tolerance.Close(c.GetProperty("pvalue").GetDouble(), result.PValue, $"{c.Name()} p-value", isPValue: true);
    }

    [KnownAnswerTheory]
    [MemberData(nameof(ContingencyCases))]
    public void Contingency_KnownAnswerCase_MatchesScipy(int index)
    {
        var c = KnownAnswers.Cases("chi2_contingency")[index];
        var table = c.GetProperty("table").EnumerateArray().Select(row => row.Doubles()).ToArray();
        bool correction = c.GetProperty("correction").GetBoolean();
        var result = ChiSquareTest.Contingency(table, correction);
        string name = $"{c.Name()} correction={correction}";
        Tolerance.Close(c.GetProperty("statistic").GetDouble(), result.Statistic, $"{name} statistic");
        Tolerance.Close(c.GetProperty("pvalue").GetDouble(), result.PValue, $"{name} p-value", isPValue: true);
        Assert.Equal(c.GetProperty("dof").GetInt32(), result.DegreesOfFreedom);
        var expected = c.GetProperty("expected").EnumerateArray().Select(row => row.Doubles()).ToArray();
        for (int r = 0; r < expected.Length; r++)
            for (int k = 0; k < expected[r].Length; k++)
                Tolerance.Close(expected[r][k], result.Expected[r][k], $"{name} expected[{r}][{k}]");
    }

    [Fact]
    public void GoodnessOfFit_SumsDisagree_IsRejectedNamingBothSums()
    {
        var error = Assert.Throws<MlopsException>(() => ChiSquareTest.GoodnessOfFit([10.0, 20.0], [15.0, 16.0]));
        Assert.Contains("30", error.Message);
        Assert.Contains("31", error.Message);
    }

    [Fact]
    public void GoodnessOfFit_ExpectedZeroWhereObserved_GivesPValueZero()
    {
        var result = ChiSquareTest.GoodnessOfFit([5.0, 5.0], [10.0, 0.0]);
        Assert.True(double.IsPositiveInfinity(result.Statistic));
        Assert.Equal(0, result.PValue);
    }

    [Fact]
    public void Contingency_RaggedTable_IsRejectedNamingTheRow()
    {
        var error = Assert.Throws<MlopsException>(() => ChiSquareTest.Contingency([[1.0, 2.0], [3.0]]));
        Assert.Contains("row 1", error.Message);
    }
}
