using Mlops.Monitoring.Drift;

namespace Mlops.Monitoring.Tests.Drift;

public sealed class DriftRuleTests
{
    [Theory]
    [InlineData(1000, ColumnKind.Numeric, 6, DriftTest.KolmogorovSmirnov)]
    [InlineData(1000, ColumnKind.Numeric, 5, DriftTest.ChiSquare)]
    [InlineData(1000, ColumnKind.Numeric, 3, DriftTest.ChiSquare)]
    [InlineData(1000, ColumnKind.Numeric, 2, DriftTest.ProportionZ)]
    [InlineData(1000, ColumnKind.Categorical, 40, DriftTest.ChiSquare)]
    [InlineData(1000, ColumnKind.Categorical, 3, DriftTest.ChiSquare)]
    [InlineData(1000, ColumnKind.Categorical, 2, DriftTest.ProportionZ)]
    [InlineData(1001, ColumnKind.Numeric, 6, DriftTest.WassersteinNormed)]
    [InlineData(1001, ColumnKind.Numeric, 5, DriftTest.JensenShannon)]
    [InlineData(1001, ColumnKind.Categorical, 2, DriftTest.JensenShannon)]
    [InlineData(50_000, ColumnKind.Categorical, 7, DriftTest.JensenShannon)]
    public void Choose_ReferenceSizeKindAndValues_PicksEvidentlysTest(long rows, ColumnKind kind, int distinct, DriftTest expected)
    {
        Assert.Equal(expected, DriftRule.Choose(rows, kind, distinct, DriftOptions.Default));
    }

    [Fact]
    public void ChooseFor_Overrides_WinInOrderColumnThenKindThenRule()
    {
        var options = new DriftOptions
        {
            NumericTest = DriftTest.KolmogorovSmirnov,
            ColumnTests = new Dictionary<string, DriftTest> { ["Age"] = DriftTest.JensenShannon },
        };
        Assert.Equal(DriftTest.JensenShannon, DriftRule.ChooseFor("Age", 5000, ColumnKind.Numeric, 100, options));
        Assert.Equal(DriftTest.KolmogorovSmirnov, DriftRule.ChooseFor("Height", 5000, ColumnKind.Numeric, 100, options));
        Assert.Equal(DriftTest.JensenShannon, DriftRule.ChooseFor("Gender", 5000, ColumnKind.Categorical, 2, options));
    }

    [Theory]
    [InlineData(DriftTest.KolmogorovSmirnov, 0.05, true)]
    [InlineData(DriftTest.ChiSquare, 0.05, false)]
    [InlineData(DriftTest.ProportionZ, 0.05, false)]
    [InlineData(DriftTest.WassersteinNormed, 0.1, true)]
    [InlineData(DriftTest.JensenShannon, 0.1, true)]
    public void IsDetected_ScoreEqualToThreshold_FollowsEvidentlysComparison(DriftTest test, double threshold, bool expected)
    {
        Assert.Equal(expected, DriftRule.IsDetected(test, threshold, threshold));
    }

    [Fact]
    public void Threshold_ColumnOverride_WinsOverTheTestDefault()
    {
        var options = new DriftOptions { ColumnThresholds = new Dictionary<string, double> { ["Age"] = 0.2 } };
        Assert.Equal(0.2, DriftRule.Threshold("Age", DriftTest.WassersteinNormed, options));
        Assert.Equal(0.1, DriftRule.Threshold("Weight", DriftTest.WassersteinNormed, options));
    }

    [Fact]
    public void Validate_ShareOutOfRange_NamesTheYamlKey()
    {
        var error = Assert.Throws<Mlops.Core.Errors.MlopsException>(() => new DriftOptions { DatasetDriftShare = 1.5 }.Validate());
        Assert.Contains("monitoring.drift.dataset_drift_share = 1.5", error.Message);
    }

    [Fact]
    public void Parse_UnknownTestName_ListsTheKnownOnes()
    {
        var error = Assert.Throws<Mlops.Core.Errors.MlopsException>(() => DriftTestNames.Parse("psi", "monitoring.drift.numeric_test"));
        Assert.Contains("ks, chisquare, z, wasserstein, jensenshannon", error.Message);
        Assert.Equal(DriftTest.WassersteinNormed, DriftTestNames.Parse("Wasserstein", "x"));
    }
}
