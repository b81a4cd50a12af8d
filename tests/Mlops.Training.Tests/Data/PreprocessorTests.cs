using System.Text.Json;
using Mlops.Core.Errors;
using Mlops.Training.Configuration;
using Mlops.Training.Data;
using Mlops.Training.Tests.Configuration;

namespace Mlops.Training.Tests.Data;

public sealed class PreprocessorTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private DataQualityReport RunText(PipelineParams p, string csvText)
    {
        File.WriteAllText(dir.File("raw.csv"), csvText);
        return RunFile(p);
    }

    private DataQualityReport RunFile(PipelineParams p, string? rawPath = null) => Preprocessor.Run(
        p, rawPath ?? dir.File("raw.csv"), dir.File("clean.csv"), dir.File("quarantine.csv"), dir.File("dq.json"));

    private MlopsException Fails(PipelineParams p, string csvText) =>
        Assert.Throws<MlopsException>(() => RunText(p, csvText));

    private string[] Quarantine() => File.ReadAllLines(dir.File("quarantine.csv"));

    [Fact]
    public void Run_BundledDataset_RemovesTwentyFourDuplicatesAndNoViolations()
    {
        var report = RunFile(ParamsLoader.Load(RepoFiles.ParamsText), RepoFiles.RawCsv);

        Assert.Equal(2111, report.NRowsIn);
        Assert.Equal(24, report.DuplicatesRemoved);
        Assert.Equal(2087, report.NRowsOut);
        Assert.Equal(0, report.ViolationsTotal);
        Assert.Equal(0, report.Quarantined);
        Assert.Equal(DataQualityReport.Passed, report.Status);
        Assert.Equal("28b6991062855d3d15642e38b1aa9d1b32fb7abbb5abf5b096f1868cd706154b", report.DataSha256);
        Assert.Equal(2088, File.ReadAllLines(dir.File("clean.csv")).Length);
        Assert.Equal(["Gender", "Age", "Height", "Weight", "family_history_with_overweight", "FAVC", "FCVC", "NCP", "CAEC",
            "SMOKE", "CH2O", "SCC", "FAF", "TUE", "CALC", "MTRANS", "NObeyesdad", "row", "reason"], Quarantine().Single().Split(','));
        Assert.Equal(2087, report.ClassDistribution.Values.Sum());
        Assert.Equal(1, report.Columns["CALC"].Counts!["Always"]);
        Assert.Equal(14, report.Columns["Age"].Min);

        using var json = JsonDocument.Parse(File.ReadAllBytes(dir.File("dq.json")));
        Assert.Equal(2111, json.RootElement.GetProperty("n_rows_in").GetInt32());
        Assert.Equal(24, json.RootElement.GetProperty("duplicates_removed").GetInt32());
        Assert.Equal("passed", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public void Run_MissingColumnUnderFail_NamesColumn()
    {
        var e = Fails(DataFixture.Params(), DataFixture.WithoutColumn(DataFixture.Sample(20), "FAVC"));
        Assert.Contains("column 'FAVC': missing_column -> failed", e.Message);
        Assert.False(File.Exists(dir.File("clean.csv")));
    }

    [Fact]
    public void Run_MissingColumnUnderQuarantine_QuarantinesEveryRowAndFails()
    {
        var p = DataFixture.Params(("missing_column: fail", "missing_column: quarantine"));
        var e = Fails(p, DataFixture.WithoutColumn(DataFixture.Sample(20), "FAVC"));

        Assert.Contains("20 of 20 rows quarantined", e.Message);
        Assert.Contains("max_quarantine_fraction", e.Message);
        Assert.Equal(21, Quarantine().Length);
        Assert.EndsWith("missing_column: column 'FAVC' is absent from the header", Quarantine()[1]);
        Assert.Equal(DataQualityReport.Failed, DataQualityReport.Load(dir.File("dq.json")).Status);
    }

    [Theory]
    [InlineData("non_numeric", "Age", "abc")]
    [InlineData("unknown_category", "MTRANS", "Spaceship")]
    [InlineData("out_of_range", "Age", "150")]
    [InlineData("missing_value", "FAF", "")]
    public void Run_BadValueUnderFail_ListsRowColumnValueAndRule(string rule, string column, string value)
    {
        var e = Fails(DataFixture.Policy(rule, "fail"), DataFixture.Sample(30, 3, column, value));
        Assert.Contains($"row 3 (file line 4), column '{column}', value '{value}': {rule} -> failed", e.Message);
    }

    [Theory]
    [InlineData("non_numeric", "Age", "abc")]
    [InlineData("unknown_category", "MTRANS", "Spaceship")]
    [InlineData("out_of_range", "Age", "150")]
    [InlineData("unknown_target", "NObeyesdad", "Obesity_Type_IV")]
    public void Run_BadValueUnderQuarantine_MovesRowWithReason(string rule, string column, string value)
    {
        var p = DataFixture.Params(($"  {rule}: fail", $"  {rule}: quarantine"), ("max_quarantine_fraction: 0.05", "max_quarantine_fraction: 0.1"));
        var report = RunText(p, DataFixture.Sample(30, 3, column, value));

        Assert.Equal(1, report.Quarantined);
        Assert.Equal(29, report.NRowsOut + report.DuplicatesRemoved);
        Assert.Equal(DataQualityReport.PassedWithWarnings, report.Status);
        Assert.Equal(1, report.ViolationsByRule[rule]);
        Assert.Equal(1, report.ViolationsByColumn[column]);
        var line = Assert.Single(Quarantine().Skip(1));
        Assert.EndsWith($",3,{rule}: column '{column}' value '{value}'", line);
        Assert.DoesNotContain(value, File.ReadAllText(dir.File("clean.csv")));
    }

    [Fact]
    public void Run_OutOfRangeUnderClip_ClipsToBoundAndRecordsIt()
    {
        var report = RunText(DataFixture.Policy("out_of_range", "clip"), DataFixture.Sample(10, 2, "Age", "150"));

        Assert.Equal(1, report.Clipped);
        Assert.Equal("clipped to 90", Assert.Single(report.Violations).Action);
        Assert.Equal("90", File.ReadAllLines(dir.File("clean.csv"))[2].Split(',')[1]);
    }

    [Fact]
    public void Run_NonNumericUnderFlag_KeepsRowWithValueMissing()
    {
        var report = RunText(DataFixture.Policy("non_numeric", "flag"), DataFixture.Sample(10, 2, "Age", "old"));

        Assert.Equal(1, report.Flagged);
        Assert.Equal(10, report.NRowsOut);
        Assert.Equal("", File.ReadAllLines(dir.File("clean.csv"))[2].Split(',')[1]);
        Assert.Equal(1, report.Columns["Age"].Missing);
    }

    [Fact]
    public void Run_TooManyQuarantined_FailsNamingTheFraction()
    {
        var e = Fails(DataFixture.Policy("unknown_category", "quarantine"), DataFixture.Sample(10, 4, "Gender", "X"));
        Assert.Contains("1 of 10 rows quarantined (10.0%), more than validation.max_quarantine_fraction = 0.05", e.Message);
    }

    [Fact]
    public void Run_ZeroByteFile_SaysEmpty()
    {
        var e = Fails(DataFixture.Params(), "");
        Assert.Contains("raw.csv is empty", e.Message);
    }

    [Fact]
    public void Run_HeaderOnly_SaysEmpty()
    {
        var e = Fails(DataFixture.Params(), DataFixture.Sample(0));
        Assert.Contains("raw.csv is empty: it has a header row but no data rows", e.Message);
    }

    [Fact]
    public void Run_ManyFailures_ListsFiftyAndCountsTheRest()
    {
        var lines = DataFixture.Sample(80).TrimEnd().Split("\r\n").Select((l, i) => i == 0 ? l : "Robot" + l[l.IndexOf(',')..]);
        var e = Fails(DataFixture.Policy("unknown_category", "fail"), string.Join("\n", lines));

        Assert.Contains("80 violation(s) under policy 'fail'", e.Message);
        Assert.Contains("row 50 (file line 51)", e.Message);
        Assert.DoesNotContain("row 51 ", e.Message);
        Assert.EndsWith("... and 30 more", e.Message);
    }
}
