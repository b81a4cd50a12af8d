using Mlops.Core.Errors;
using Mlops.Training.Configuration;

namespace Mlops.Training.Tests.Configuration;

public sealed class ParamsLoaderTests
{
    private static MlopsException LoadFails(string yaml)
    {
        var e = Assert.Throws<MlopsException>(() => ParamsLoader.Load(yaml));
        Assert.Equal(ErrorCode.InvalidParameterValue, e.Code);
        return e;
    }

    private static string Replace(string oldText, string newText)
    {
        var text = RepoFiles.ParamsText;
        Assert.Contains(oldText, text);
        return text.Replace(oldText, newText);
    }

    [Fact]
    public void Load_RepoParams_ReadsEveryKey()
    {
        var p = ParamsLoader.Load(RepoFiles.ParamsText);

        Assert.Equal(16, p.Schema.Columns.Count);
        Assert.Equal("Gender", p.Schema.Columns.Keys.First());
        Assert.Equal(["yes", "no"], p.Schema.Columns["SMOKE"].Categories);
        Assert.Equal(1.2, p.Schema.Columns["Height"].Min);
        Assert.Equal(7, p.Schema.TargetClasses.Count);
        Assert.Equal(0.2, p.Split.TestFraction);
        Assert.Equal(0.15, p.Model.Lightgbm.LearningRate);
        Assert.Equal(0.0001, p.Model.Sdca.L2Regularization);
        Assert.Equal(10, p.Evaluation.CostMatrix[6][0]);
        Assert.Equal("mlops-dotnet", p.Tracking.Tags["owner"]);
        Assert.Equal(0.85, p.Registry.StagingThreshold);
    }

    [Fact]
    public void Load_UnknownTopLevelKey_NamesIt()
    {
        var e = LoadFails(RepoFiles.ParamsText + "\nsurprise: 1\n");
        Assert.StartsWith("params.yaml: unknown key 'surprise'", e.Message);
    }

    [Fact]
    public void Load_NestedUnknownKey_NamesDottedPath()
    {
        var e = LoadFails(Replace("    num_iterations: 100", "    num_iterations: 100\n    foo: 3"));
        Assert.StartsWith("params.yaml: unknown key 'model.lightgbm.foo'", e.Message);
    }

    [Fact]
    public void Load_UnknownKeyInSchemaColumn_NamesColumnPath()
    {
        var e = LoadFails(Replace("Age:                            { type: numeric,", "Age: { typo: 1, type: numeric,"));
        Assert.Contains("unknown key 'schema.columns.Age.typo'", e.Message);
    }

    [Fact]
    public void Load_WrongType_NamesKeyExpectedTypeAndValue()
    {
        var e = LoadFails(Replace("test_fraction: 0.2", "test_fraction: abc"));
        Assert.StartsWith("params.yaml: key 'split.test_fraction' must be a number, got 'abc'", e.Message);
    }

    [Fact]
    public void Load_SeveralProblems_ReportsAllOnePerLine()
    {
        var yaml = Replace("  seed: 42\n  stratified: true", "  seed: forty\n  stratified: maybe")
            .Replace("  num_trees: 300", "  num_trees: [1, 2]")
            .Replace("evaluation:", "evaluation:\n  bogus: 1");
        var lines = LoadFails(yaml).Message.Split('\n');

        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.Contains("key 'split.seed' must be an integer, got 'forty'"));
        Assert.Contains(lines, l => l.Contains("key 'split.stratified' must be true or false, got 'maybe'"));
        Assert.Contains(lines, l => l.Contains("key 'model.fastforest.num_trees' must be an integer, got a list"));
        Assert.Contains(lines, l => l.Contains("unknown key 'evaluation.bogus'"));
        Assert.All(lines, l => Assert.StartsWith("params.yaml: ", l));
    }

    [Fact]
    public void Load_BadTrainerName_ListsAllowedTrainers()
    {
        var e = LoadFails(Replace("trainer: lightgbm", "trainer: xgboost"));
        Assert.Contains("params.yaml: model.trainer must be one of lightgbm | fasttree | fastforest | sdca | lbfgs, got 'xgboost'", e.Message);
    }

    [Fact]
    public void Load_SemanticProblems_ReportsEachWithKey()
    {
        var yaml = Replace("test_fraction: 0.2", "test_fraction: 1.5")
            .Replace("folds: 0 ", "folds: 1 ")
            .Replace("set: full ", "set: partial ")
            .Replace("out_of_range: fail", "out_of_range: ignore")
            .Replace("missing_value: fail", "missing_value: clip")
            .Replace("Height:                         { type: numeric, min: 1.2, max: 2.2 }", "Height: { type: numeric, min: 3, max: 2.2 }")
            .Replace("Gender:                         { type: categorical, categories: [Female, Male] }", "Gender: { type: categorical }")
            .Replace("    - [0, 1, 2, 3, 4, 5, 6]", "    - [1, 1, 2, 3, 4, 5, -6]")
            .Replace("staging_threshold: 0.85", "staging_threshold: 85");
        var message = LoadFails(yaml).Message;

        Assert.Contains("split.test_fraction must be in (0, 1), got 1.5", message);
        Assert.Contains("cv.folds must be 0 (off) or at least 2, got 1", message);
        Assert.Contains("features.set must be one of full | habits_only, got 'partial'", message);
        Assert.Contains("validation.out_of_range must be one of fail | clip | quarantine | flag, got 'ignore'", message);
        Assert.Contains("validation.missing_value must be one of fail | quarantine | flag, got 'clip'", message);
        Assert.Contains("schema.columns.Height: min (3) must be <= max (2.2)", message);
        Assert.Contains("schema.columns.Gender.categories must list the allowed values", message);
        Assert.Contains("evaluation.cost_matrix[0][0] is on the diagonal and must be 0, got 1", message);
        Assert.Contains("evaluation.cost_matrix[0][6] must be >= 0, got -6", message);
        Assert.Contains("registry.staging_threshold must be in [0, 1], got 85", message);
        Assert.Equal(10, message.Split('\n').Length);
    }

    [Fact]
    public void Load_CostMatrixWrongShape_SaysExpectedSize()
    {
        var e = LoadFails(Replace("    - [10, 9, 8, 6, 4, 2, 0]\n", ""));
        Assert.Contains("evaluation.cost_matrix must be 7×7", e.Message);
        Assert.Contains("got 6×7", e.Message);
    }

    [Fact]
    public void Load_DuplicateTargetClass_ReportsIt()
    {
        var e = LoadFails(Replace("[Insufficient_Weight, Normal_Weight,", "[Insufficient_Weight, Insufficient_Weight,"));
        Assert.Contains("schema.target_classes must be distinct, 'Insufficient_Weight' appears 2 times", e.Message);
    }

    [Fact]
    public void Load_EmptyText_SaysEmpty()
    {
        Assert.Equal("my.yaml: is empty", Assert.Throws<MlopsException>(() => ParamsLoader.Load("  \n", "my.yaml")).Message);
    }

    [Fact]
    public void Load_BrokenYaml_GivesLine()
    {
        var e = LoadFails("split:\n  test_fraction: [0.2\n");
        Assert.Contains("params.yaml: not valid YAML at line", e.Message);
    }
}
