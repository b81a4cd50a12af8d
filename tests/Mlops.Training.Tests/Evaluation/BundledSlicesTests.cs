using Mlops.Inference.Csv;
using Mlops.Training.Configuration;
using Mlops.Training.Evaluation;
using Mlops.Training.Features;
using Mlops.Training.Tests.Configuration;
using Mlops.Training.Tests.Features;

namespace Mlops.Training.Tests.Evaluation;

/// <summary>The slices params.yaml defines for the bundled dataset select what the issue (#19) says they do.</summary>
public sealed class BundledSlicesTests(CleanDataFixture data) : IClassFixture<CleanDataFixture>
{
    [Fact]
    public void SurveyRows_OnTheRawFile_Selects531RowsIncludingTheFirst498()
    {
        var p = data.Params;
        var raw = CleanRows.Read(p, CsvReader.ReadFile(RepoFiles.RawCsv));
        var survey = EvaluationSlices.From(p).Single(s => s.Name == "survey_rows");

        var rows = survey.Select(raw.Columns, raw.Inputs);

        Assert.Equal(2111, raw.Inputs.Count);
        Assert.Equal(531, rows.Length);
        Assert.Equal(Enumerable.Range(0, 498), rows.Take(498));
    }

    [Fact]
    public void SurveyAndSyntheticRows_OnTheTestRows_CoverEveryRowOnce()
    {
        var p = data.Params;
        var clean = CleanRows.Read(p, data.CleanCsv);
        var test = clean.Take(DatasetSplitter.Split(clean.Labels, p.Split).Test);
        var slices = EvaluationSlices.From(p);

        var survey = slices.Single(s => s.Name == "survey_rows").Select(test.Columns, test.Inputs);
        var synthetic = slices.Single(s => s.Name == "synthetic_rows").Select(test.Columns, test.Inputs);

        Assert.Empty(survey.Intersect(synthetic));
        Assert.Equal(Enumerable.Range(0, test.Inputs.Count), survey.Concat(synthetic).Order());
        Assert.InRange(survey.Length, 30, test.Inputs.Count / 2);
    }
}
