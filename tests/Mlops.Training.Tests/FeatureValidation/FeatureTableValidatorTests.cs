using Mlops.Core.Errors;
using Mlops.Training.Configuration;
using Mlops.Training.Models;
using Mlops.Training.FeatureValidation;

namespace Mlops.Training.Tests.FeatureValidation;

public sealed class FeatureTableValidatorTests
{
    private static readonly string[] Kinds = ["numeric", "onehot"];

    private static FeatureTable Table(params float[][] rows) => new(["Age", "Gender=Male"], [.. rows.SelectMany(r => r)], [.. rows.Select(_ => "a")]);

    private static FeatureCheckResult Validate(FeatureValidationParams rules, FeatureTable train, FeatureTable? test = null) =>
        FeatureTableValidator.Validate(rules, [("train.csv", train), ("test.csv", test ?? Table())], Kinds);

    [Fact]
    public void Validate_PlantedNaNWithFail_FailsNamingTableRowAndColumn()
    {
        var result = Validate(new FeatureValidationParams { NoNanOrInfinity = "fail" }, Table([0.5f, 1], [0.1f, 0]), Table([0.2f, 0], [float.NaN, 1]));

        Assert.True(result.Failed);
        var finding = Assert.Single(result.Listed);
        Assert.Equal(("test.csv", 2, "Age", FeatureFinding.NoNanOrInfinity), (finding.Table, finding.Row, finding.Column, finding.Rule));
        Assert.StartsWith("test.csv row 2, column 'Age': NaN is not a finite number", finding.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_InfinityWithWarn_WarnsWithoutFailing()
    {
        var result = Validate(new FeatureValidationParams { NoNanOrInfinity = "warn" }, Table([float.PositiveInfinity, 1]));

        Assert.False(result.Failed);
        Assert.True(result.Warned);
        Assert.Equal("warned", result.Status);
    }

    [Fact]
    public void Validate_NaNWithOff_PassesClean()
    {
        var result = Validate(new FeatureValidationParams { NoNanOrInfinity = "off" }, Table([float.NaN, 1]));

        Assert.Equal("passed", result.Status);
        Assert.Empty(result.Listed);
    }

    [Fact]
    public void Validate_ValueOutsideRange_NamesRowValueAndBounds()
    {
        var rules = new FeatureValidationParams { Ranges = { ["Age"] = new FeatureRangeParams { Min = -1, Max = 1 } } };

        var result = Validate(rules, Table([0.5f, 0], [1f, 1], [2.5f, 0]));

        var finding = Assert.Single(result.Listed);
        Assert.Equal((3, FeatureFinding.Range, "fail"), (finding.Row, finding.Rule, finding.Severity));
        Assert.Contains("2.5 is outside [-1, 1]", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RangeOfUnknownColumn_ThrowsNamingIt()
    {
        var rules = new FeatureValidationParams { Ranges = { ["Height"] = new FeatureRangeParams { Max = 1 } } };

        var error = Assert.Throws<MlopsException>(() => Validate(rules, Table([0f, 0])));

        Assert.Contains("feature_validation.ranges names 'Height'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CategoryAboveMaxShare_ReportsTheShareOverBothTables()
    {
        var rules = new FeatureValidationParams { MaxCategoryShare = new FeatureShareParams { Max = 0.6, Severity = "fail" } };

        var result = Validate(rules, Table([0f, 1], [0f, 1]), Table([0f, 1], [0f, 0]));

        var finding = Assert.Single(result.Listed);
        Assert.Equal(("Gender=Male", FeatureFinding.MaxCategoryShare, 0.75), (finding.Column, finding.Rule, finding.Value));
        Assert.True(result.Failed);
    }

    [Fact]
    public void Validate_ManyNaNs_ListsTwentyCountsAll()
    {
        var rows = Enumerable.Range(0, 30).Select(_ => new[] { float.NaN, 0f }).ToArray();

        var result = Validate(new FeatureValidationParams { NoNanOrInfinity = "fail" }, Table(rows));

        Assert.Equal(FeatureTableValidator.MaxListedPerRule, result.Listed.Count);
        Assert.Equal(30, result.Counts["no_nan_or_infinity.fail"]);
    }
}
