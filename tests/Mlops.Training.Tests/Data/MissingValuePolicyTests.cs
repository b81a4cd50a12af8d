using Mlops.Core.Errors;
using Mlops.Training.Configuration;
using Mlops.Training.Data;
using Mlops.Training.Tests.Configuration;

namespace Mlops.Training.Tests.Data;

/// <summary>schema.columns.NAME.missing: fail, drop (quarantine with the reason) and impute (kept for the transform to fill).</summary>
public sealed class MissingValuePolicyTests : IDisposable
{
    private const string AgeLine = "Age:                            { type: numeric, min: 10, max: 90 }";
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private static PipelineParams WithAge(string keys) =>
        DataFixture.Params((AgeLine, $"Age: {{ type: numeric, min: 10, max: 90, {keys} }}"));

    private DataQualityReport Run(PipelineParams p)
    {
        File.WriteAllText(dir.File("raw.csv"), DataFixture.Sample(40, editRow: 3, editColumn: "Age", editValue: ""));
        return Preprocessor.Run(p, dir.File("raw.csv"), dir.File("clean.csv"), dir.File("quarantine.csv"), dir.File("dq.json"));
    }

    [Fact]
    public void Run_MissingDrop_QuarantinesTheRowWithTheReason()
    {
        var report = Run(WithAge("missing: drop"));

        Assert.Equal(1, report.Quarantined);
        var quarantined = File.ReadAllLines(dir.File("quarantine.csv"))[1];
        Assert.Contains("missing_value: column 'Age'", quarantined);
        Assert.Equal(40, File.ReadAllLines(dir.File("clean.csv")).Length);
    }

    [Fact]
    public void Run_MissingFail_FailsNamingRowAndColumn()
    {
        var e = Assert.Throws<MlopsException>(() => Run(WithAge("missing: fail")));
        Assert.Contains("row 3 (file line 4), column 'Age'", e.Message);
    }

    [Fact]
    public void Run_MissingImpute_KeepsTheRowWithAnEmptyCellAndRecordsIt()
    {
        var report = Run(WithAge("missing: impute"));

        Assert.Equal(0, report.Quarantined);
        Assert.Equal(41, File.ReadAllLines(dir.File("clean.csv")).Length);
        var violation = Assert.Single(report.Violations);
        Assert.Equal(("Age", DataRule.MissingValue), (violation.Column, violation.Rule));
        Assert.StartsWith("imputed", violation.Action);
    }

    [Theory]
    [InlineData("missing: sometimes", "schema.columns.Age.missing must be one of fail | drop | impute")]
    [InlineData("missing: impute, impute: most_often", "schema.columns.Age.impute must be one of median | most_frequent | constant")]
    [InlineData("missing: impute, impute: constant", "schema.columns.Age.fill_value must be given with impute: constant")]
    [InlineData("missing: impute, impute: constant, fill_value: old", "schema.columns.Age.fill_value must be a number")]
    [InlineData("missing: drop, impute: median", "schema.columns.Age: impute and fill_value apply only with missing: impute")]
    [InlineData("other: x", "schema.columns.Age.other applies to categorical columns only")]
    public void Load_BadMissingKeys_NamesKeyAndRule(string keys, string expected)
    {
        var e = Assert.Throws<MlopsException>(() => WithAge(keys));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Load_MedianOnCategorical_IsRefused()
    {
        var e = Assert.Throws<MlopsException>(() => DataFixture.Params(("categories: [Female, Male] }", "categories: [Female, Male], missing: impute, impute: median }")));
        Assert.Contains("schema.columns.Gender.impute: median applies to numeric columns only", e.Message);
    }

    [Fact]
    public void Run_OtherBucket_MapsUnlistedValuesToIt()
    {
        var p = DataFixture.Params(("categories: [Public_Transportation, Automobile, Walking, Motorbike, Bike] }",
            "categories: [Public_Transportation, Automobile, rest], other: rest }"));
        File.WriteAllText(dir.File("raw.csv"), DataFixture.Sample(40));

        var report = Preprocessor.Run(p, dir.File("raw.csv"), dir.File("clean.csv"), dir.File("quarantine.csv"), dir.File("dq.json"));

        Assert.Equal(0, report.ViolationsTotal);
        var counts = report.Columns["MTRANS"].Counts!;
        Assert.True(counts["rest"] > 0);
        Assert.Equal(40, counts.Values.Sum());
    }
}
