using Mlops.Core.Errors;
using Mlops.Monitoring.Profiles;

namespace Mlops.Monitoring.Tests.Profiles;

public sealed class ReferenceProfileBuilderTests
{
    [Fact]
    public void Numeric_SmallColumn_SummaryMatchesNumPyAndKeepsEveryRowSorted()
    {
        var builder = new ReferenceProfileBuilder(5);

        var profile = builder.Numeric("x", [4, 1, 3, 2, 10]);

        var n = profile.Numeric!;
        Assert.Equal([1, 2, 3, 4, 10], n.Sample);
        Assert.Equal((1.0, 10.0, 4.0), (n.Min, n.Max, n.Mean));
        Assert.Equal(Math.Sqrt(10.0), n.Std, 12); // population std: squares 9+1+0+4+36 over 5
        // numpy.quantile([1, 2, 3, 4, 10], [0.01, 0.25, 0.5, 0.9]) = [1.04, 2, 3, 7.6]
        Assert.Equal(1.04, n.Quantiles[0], 12);
        Assert.Equal(2.0, n.Quantiles[3], 12);
        Assert.Equal(3.0, n.Quantiles[4], 12);
        Assert.Equal(7.6, n.Quantiles[6], 12);
        Assert.Equal(5, profile.Rows);
    }

    [Fact]
    public void Numeric_MoreRowsThanSample_SameRowsForEveryColumnAndRepeatable()
    {
        const int rows = 1_000;
        var options = new ReferenceProfileOptions { SampleRows = 100, Seed = 7 };
        var ids = Enumerable.Range(0, rows).Select(i => (double)i).ToArray();
        var doubled = ids.Select(v => v * 2).ToArray();

        var first = new ReferenceProfileBuilder(rows, options);
        var a = first.Numeric("id", ids).Numeric!;
        var b = first.Numeric("twice", doubled).Numeric!;
        var again = new ReferenceProfileBuilder(rows, options).Numeric("id", ids).Numeric!;

        Assert.Equal(100, a.Sample.Length);
        Assert.Equal(100, a.Sample.Distinct().Count());
        Assert.Equal(a.Sample.Select(v => v * 2), b.Sample);
        Assert.Equal(a.Sample, again.Sample);
        Assert.Equal((0.0, 999.0), (a.Min, a.Max)); // the summary covers every row, not only the sample
    }

    [Fact]
    public void Numeric_NotFinite_ErrorNamesInput()
    {
        var e = Assert.Throws<MlopsException>(() => new ReferenceProfileBuilder(2).Numeric("Age", [1, double.NaN]));

        Assert.Contains("'Age'", e.Message);
    }

    [Fact]
    public void Numeric_WrongLength_ErrorNamesInputAndCounts()
    {
        var e = Assert.Throws<MlopsException>(() => new ReferenceProfileBuilder(3).Numeric("Age", [1, 2]));

        Assert.Contains("'Age' has 2 values for 3 training rows", e.Message);
    }

    [Fact]
    public void Categorical_SchemaOrderFirstWithZeros_ThenUnlistedValues()
    {
        var profile = new ReferenceProfileBuilder(4).Categorical("c", ["b", "z", "b", "a"], ["a", "b", "never"]);

        Assert.Equal(
            [new CategoryCount("a", 1), new CategoryCount("b", 2), new CategoryCount("never", 0), new CategoryCount("z", 1)],
            profile.Categories);
        Assert.Null(profile.Numeric);
    }

    [Fact]
    public void Constructor_NoTrainingRows_Refused()
    {
        Assert.Throws<MlopsException>(() => new ReferenceProfileBuilder(0));
    }
}
