using Mlops.Core.Errors;
using Mlops.Training.Configuration;

namespace Mlops.Training.Tests.Configuration;

public sealed class SliceParamsTests
{
    private const string SurveySlice = "    survey_rows:\n      all:\n        - { column: FCVC, whole: true }\n";

    private static string With(string oldText, string newText)
    {
        var text = RepoFiles.ParamsText;
        Assert.Contains(oldText, text);
        return text.Replace(oldText, newText);
    }

    private static string LoadFails(string yaml) =>
        Assert.Throws<MlopsException>(() => ParamsLoader.Load(yaml)).Message;

    [Fact]
    public void From_RepoParams_GivesNamedSlicesThenOnePerCategory()
    {
        var slices = EvaluationSlices.From(ParamsLoader.Load(RepoFiles.ParamsText));

        Assert.Equal(["survey_rows", "synthetic_rows", "Gender_Female", "Gender_Male"], slices.Select(s => s.Name));
    }

    [Fact]
    public void Load_EmptySlice_NamesTheSlice()
    {
        var message = LoadFails(With(SurveySlice, "    survey_rows: {}\n    extra:\n      all:\n        - { column: FCVC, whole: true }\n"));

        Assert.Contains("slice 'survey_rows' (evaluation.slices.survey_rows): is empty", message);
    }

    [Fact]
    public void Load_UnknownColumn_NamesTheSliceAndTheColumn()
    {
        var message = LoadFails(With("- { column: NCP, whole: true }", "- { column: Meals, whole: true }"));

        Assert.Contains("slice 'survey_rows' (evaluation.slices.survey_rows.all[1]): column 'Meals' is not a column of schema.columns", message);
    }

    [Theory]
    [InlineData("- { column: NCP, whole: true }", "- { column: Gender, whole: true }", "column 'Gender' is categorical: min, max and whole test numbers only")]
    [InlineData("- { column: NCP, whole: true }", "- { column: NCP, min: 3, max: 1 }", "min 3 is above max 1")]
    [InlineData("- { column: NCP, whole: true }", "- { column: NCP }", "names column 'NCP' but tests nothing")]
    [InlineData("- { column: NCP, whole: true }", "- { column: NCP, whole: true, any: [] }", "mixes a column test, all, any and not")]
    [InlineData("- { column: NCP, whole: true }", "- { column: Gender, is: Unknown }", "'Unknown' is not a category of column 'Gender'")]
    public void Load_BadFilter_NamesTheSliceAndTheRule(string oldText, string newText, string rule)
    {
        var message = LoadFails(With(oldText, newText));

        Assert.Contains("slice 'survey_rows' (evaluation.slices.survey_rows.all[1]): " + rule, message);
    }

    [Fact]
    public void Load_BadSliceNameAndSliceBy_NamesBoth()
    {
        var message = LoadFails(With("survey_rows:", "survey.rows:").Replace("slice_by: [Gender]", "slice_by: [Age]"));

        Assert.Contains("slice 'survey.rows' (evaluation.slices.survey.rows): a slice name may hold only letters", message);
        Assert.Contains("evaluation.slice_by: 'Age' is numeric", message);
    }

    [Fact]
    public void Load_NegativeGuardDrop_NamesTheKey()
    {
        var message = LoadFails(With("max_drop: 0.02", "max_drop: -0.02"));

        Assert.Contains("registry.guards[0].max_drop must be >= 0, got -0.02", message);
    }
}
