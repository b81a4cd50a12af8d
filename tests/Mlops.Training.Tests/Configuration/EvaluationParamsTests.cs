using Mlops.Core.Errors;
using Mlops.Training.Configuration;

namespace Mlops.Training.Tests.Configuration;

public sealed class EvaluationParamsTests
{
    [Fact]
    public void Load_RepoParams_BoundsTheEvaluatedRowsAboveTheBundledTestSet()
    {
        var p = ParamsLoader.Load(RepoFiles.ParamsText);

        Assert.Equal(20_000, p.Evaluation.MaxRows);
    }

    [Fact]
    public void Load_NegativeMaxRows_NamesTheKeyAndTheRule()
    {
        var text = RepoFiles.ParamsText;
        Assert.Contains("  max_rows: 20000", text);

        var e = Assert.Throws<MlopsException>(() => ParamsLoader.Load(text.Replace("  max_rows: 20000", "  max_rows: -1")));

        Assert.Contains("evaluation.max_rows must be >= 0 (0: every test row), got -1", e.Message);
    }
}
