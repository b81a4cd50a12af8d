using Mlops.Core.Errors;
using Mlops.Inference.Csv;
using Mlops.Inference.Features;
using Mlops.Training.Data;
using Mlops.Training.Tests.Configuration;

namespace Mlops.Training.Tests.Data;

public sealed class SchemaValidatorTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private string Write(string text)
    {
        File.WriteAllText(dir.File("input.csv"), text);
        return dir.File("input.csv");
    }

    private static string WithoutTarget(string csv) => string.Join("\n",
        csv.TrimEnd().Split("\r\n").Select(l => l[..l.LastIndexOf(',')])) + "\n";

    [Fact]
    public void ValidateFile_BundledDataset_NoViolations()
    {
        Assert.Empty(SchemaValidator.ValidateFile(DataFixture.Params(), RepoFiles.RawCsv, requireTarget: true));
    }

    [Fact]
    public void ValidateFile_InputWithoutTarget_IsFineUnlessTargetRequired()
    {
        var path = Write(WithoutTarget(DataFixture.Sample(5)));

        Assert.Empty(SchemaValidator.ValidateFile(DataFixture.Params(), path));
        var violation = Assert.Single(SchemaValidator.ValidateFile(DataFixture.Params(), path, requireTarget: true));
        Assert.Equal((DataRule.MissingColumn, "NObeyesdad", "failed"), (violation.Rule, violation.Column, violation.Action));
    }

    [Fact]
    public void ValidateFile_ExtraColumn_FlaggedNotFailed()
    {
        var csv = string.Join("\n", DataFixture.Sample(3).TrimEnd().Split("\r\n").Select((l, i) => (i == 0 ? "id," : $"{i},") + l));

        var violation = Assert.Single(SchemaValidator.ValidateFile(DataFixture.Params(), Write(csv)));

        Assert.Equal(DataRule.ExtraColumn, violation.Rule);
        Assert.Equal("id", violation.Column);
        Assert.StartsWith("flagged", violation.Action);
        Assert.False(violation.IsFailure);
    }

    [Fact]
    public void Validate_CategoryInOtherCase_NormalizedToSchemaSpelling()
    {
        var table = CsvReader.Read(new StringReader(DataFixture.Sample(2, 1, "MTRANS", "WALKING")), "s.csv");

        var result = SchemaValidator.Validate(DataFixture.Params(), table, requireTarget: true);

        Assert.Empty(result.Violations);
        Assert.Equal("Walking", result.Rows[0].Values[15]);
    }

    [Fact]
    public void Validate_NumbersInOtherForms_NormalizedToRoundTrip()
    {
        var table = CsvReader.Read(new StringReader(DataFixture.Sample(2, 1, "Age", "2.10e1")), "s.csv");

        var result = SchemaValidator.Validate(DataFixture.Params(), table, requireTarget: true);

        Assert.Equal("21", result.Rows[0].Values[1]);
    }

    [Fact]
    public void ValidateFile_HeaderOnly_ThrowsEmpty()
    {
        var e = Assert.Throws<MlopsException>(() => SchemaValidator.ValidateFile(DataFixture.Params(), Write(DataFixture.Sample(0))));
        Assert.Contains("input.csv is empty", e.Message);
    }

    [Fact]
    public void ValidateFile_ShortRow_ReportsMissingValues()
    {
        var csv = DataFixture.Sample(2).TrimEnd() + "\r\nMale,30\r\n";

        var violations = SchemaValidator.ValidateFile(DataFixture.Params(), Write(csv));

        Assert.All(violations, v => Assert.Equal((3, 4), (v.Row, v.Line)));
        Assert.Contains(violations, v => v.Rule == DataRule.MissingValue && v.Column == "Height");
        Assert.Contains(violations, v => v.Rule == DataRule.UnknownTarget && v.Column == "NObeyesdad");
    }
}
