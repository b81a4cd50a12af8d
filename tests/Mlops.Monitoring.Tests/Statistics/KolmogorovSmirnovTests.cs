using Mlops.Monitoring.Statistics;

namespace Mlops.Monitoring.Tests.Statistics;

public sealed class KolmogorovSmirnovTests
{
    public static TheoryData<int> Cases => KnownAnswers.Indexes("ks_2samp");

    [KnownAnswerTheory]
    [MemberData(nameof(Cases))]
    public void TwoSample_KnownAnswerCase_MatchesScipyForEveryMethod(int index)
    {
        var c = KnownAnswers.Cases("ks_2samp")[index];
        double[] reference = c.GetProperty("reference").Doubles(), current = c.GetProperty("current").Doubles();
        foreach (var (key, method) in new[] { ("exact", KsMethod.Exact), ("asymp", KsMethod.Asymptotic), ("auto", KsMethod.Auto) })
        {
            var expected = c.GetProperty(key);
            var actual = KolmogorovSmirnov.TwoSample(reference, current, method);
            Tolerance.Close(expected.GetProperty("statistic").GetDouble(), actual.Statistic, $"{c.Name()} {key} statistic");
            Tolerance.Close(expected.GetProperty("pvalue").GetDouble(), actual.PValue, $"{c.Name()} {key} p-value", isPValue: true);
        }
    }

    [Fact]
    public void TwoSample_SamplesSwapped_GivesTheSameResult()
    {
        double[] a = [0.1, 0.4, 0.4, 0.9, 1.3, 2.0, 2.2], b = [0.3, 0.5, 1.1, 1.7, 2.5, 2.6, 3.1, 3.3, 4.0];
        foreach (var method in new[] { KsMethod.Exact, KsMethod.Asymptotic })
            Assert.Equal(KolmogorovSmirnov.TwoSample(a, b, method), KolmogorovSmirnov.TwoSample(b, a, method));
    }

    [Fact]
    public void TwoSample_AutoAboveTenThousandValues_UsesTheAsymptoticPValue()
    {
        var random = new Random(7);
        var a = Enumerable.Range(0, 10_001).Select(_ => random.NextDouble()).ToArray();
        var b = Enumerable.Range(0, 300).Select(_ => random.NextDouble() + 0.05).ToArray();
        Assert.Equal(KolmogorovSmirnov.TwoSample(a, b, KsMethod.Asymptotic), KolmogorovSmirnov.TwoSample(a, b, KsMethod.Auto));
        Assert.NotEqual(KolmogorovSmirnov.TwoSample(a, b, KsMethod.Exact).PValue, KolmogorovSmirnov.TwoSample(a, b, KsMethod.Auto).PValue);
    }

    [Fact]
    public void TwoSample_DisjointSamples_GiveStatisticOneAndTinyPValue()
    {
        double[] a = [1, 2, 3, 4, 5, 6, 7, 8], b = [10, 11, 12, 13, 14, 15];
        var result = KolmogorovSmirnov.TwoSample(a, b, KsMethod.Exact);
        Assert.Equal(1, result.Statistic);
        // Only the two extreme orderings reach D = 1: 2 / C(14, 6).
        Tolerance.Close(2.0 / 3003, result.PValue, "disjoint exact p");
    }

    [Fact]
    public void TwoSample_EmptySample_IsRejectedWithTheSizes()
    {
        var error = Assert.Throws<Mlops.Core.Errors.MlopsException>(() => KolmogorovSmirnov.TwoSample([1.0, 2.0], []));
        Assert.Contains("2 and 0", error.Message);
    }
}
