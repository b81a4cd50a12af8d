using Mlops.Core.Errors;
using Mlops.Training.Configuration;

namespace Mlops.Training.Tests.Configuration;

/// <summary>features.sets and features.derived: read from params.yaml and checked against the schema.</summary>
public sealed class FeatureParamsTests
{
    private const string Ratio = "ratio: {numerator: Weight, denominator: Height, denominator_power: 2}";

    private static string LoadFails(params (string Old, string New)[] replacements)
    {
        var text = RepoFiles.ParamsText;
        foreach (var (old, replacement) in replacements)
        {
            Assert.Contains(old, text);
            text = text.Replace(old, replacement);
        }
        var e = Assert.Throws<MlopsException>(() => ParamsLoader.Load(text));
        Assert.Equal(ErrorCode.InvalidParameterValue, e.Code);
        return e.Message;
    }

    [Fact]
    public void Load_RepoParams_ReadsSetsAndDerivedRatio()
    {
        var f = ParamsLoader.Load(RepoFiles.ParamsText).Features;

        Assert.Equal(["Height", "Weight"], f.Sets["habits_only"]);
        var bmi = Assert.Single(f.Derived);
        Assert.Equal("BMI", bmi.Name);
        Assert.Equal(("Weight", "Height", 2), (bmi.Ratio!.Numerator, bmi.Ratio.Denominator, bmi.Ratio.DenominatorPower));
        Assert.Empty(f.DroppedColumns);
    }

    [Fact]
    public void Load_RatioOfUnknownColumn_NamesKeyAndColumn()
    {
        var message = LoadFails(("numerator: Weight", "numerator: Wieght"));

        Assert.Contains("features.derived[0].ratio.numerator 'Wieght' is no schema column (schema.columns)", message);
    }

    [Fact]
    public void Load_RatioOfCategoricalColumn_SaysRatioNeedsNumeric()
    {
        var message = LoadFails(("denominator: Height", "denominator: Gender"));

        Assert.Contains("features.derived[0].ratio.denominator 'Gender' is a categorical column; a ratio needs numeric columns", message);
    }

    [Fact]
    public void Load_DerivedNameTwice_NamesSecondEntry()
    {
        var message = LoadFails(($"      {Ratio}\n", $"      {Ratio}\n    - name: BMI\n      {Ratio}\n"));

        Assert.Contains("features.derived[1].name 'BMI' names two derived features", message);
        Assert.Single(message.Split('\n'));
    }

    [Fact]
    public void Load_DerivedNameOfColumn_SaysItIsAColumn()
    {
        var message = LoadFails(("- name: BMI ", "- name: Age "));

        Assert.Contains("features.derived[0].name 'Age' is already a schema column (schema.columns)", message);
    }

    [Fact]
    public void Load_DerivedWithoutRatio_SaysWhatItNeeds()
    {
        var message = LoadFails(($"      {Ratio}\n", ""));

        Assert.Contains("features.derived[0] needs ratio: {numerator: COLUMN, denominator: COLUMN, denominator_power: N}", message);
    }

    [Fact]
    public void Load_ZeroPower_SaysAtLeastOne()
    {
        var message = LoadFails(("denominator_power: 2", "denominator_power: 0"));

        Assert.Contains("features.derived[0].ratio.denominator_power must be at least 1, got 0", message);
    }

    [Fact]
    public void Load_SetDropsUnknownColumn_NamesSetAndColumn()
    {
        var message = LoadFails(("habits_only: [Height, Weight]", "habits_only: [Height, Wieght]"));

        Assert.Contains("features.sets.habits_only drops 'Wieght', which is no schema column (schema.columns)", message);
    }

    [Fact]
    public void Load_SetNamedFull_Refused()
    {
        var message = LoadFails(("habits_only: [Height, Weight]", "full: [Height]"));

        Assert.Contains("features.sets.full: 'full' is the set of every column and cannot be redefined", message);
    }

    [Fact]
    public void DroppedColumns_NamedSet_AreThatSetsColumns()
    {
        var text = RepoFiles.ParamsText.Replace("  set: full ", "  set: habits_only ", StringComparison.Ordinal);

        Assert.Equal(["Height", "Weight"], ParamsLoader.Load(text).Features.DroppedColumns);
    }
}
