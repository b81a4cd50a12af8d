using Mlops.Core.Errors;
using Mlops.Training.Configuration;
using Mlops.Training.Tests.Regression;

namespace Mlops.Training.Tests.Configuration;

public sealed class RegressionParamsTests
{
    private static readonly string Valid = RegressionTable.Params("data/raw/table.csv");

    private static string LoadFails(string yaml) => Assert.Throws<MlopsException>(() => ParamsLoader.Load(yaml)).Message;

    [Fact]
    public void Load_RepoParams_IsClassification()
    {
        var p = ParamsLoader.Load(RepoFiles.ParamsText);

        Assert.Equal(ModelTasks.Classification, p.Schema.Task);
        Assert.False(p.Schema.IsRegression);
    }

    [Fact]
    public void Load_RegressionParams_IsRegressionWithoutClasses()
    {
        var p = ParamsLoader.Load(Valid);

        Assert.True(p.Schema.IsRegression);
        Assert.Empty(p.Schema.TargetClasses);
    }

    [Fact]
    public void Load_UnknownTask_NamesTheKeyAndTheChoices()
    {
        var message = LoadFails(Valid.Replace("task: regression", "task: ranking"));

        Assert.Contains("schema.task must be one of classification | regression, got 'ranking'", message);
    }

    [Fact]
    public void Load_RegressionWithClasses_SaysClassesMustBeEmpty()
    {
        var message = LoadFails(Valid.Replace("target_classes: []", "target_classes: [a, b]"));

        Assert.Contains("schema.target_classes must be empty for schema.task: regression", message);
    }

    [Fact]
    public void Load_RegressionWithLbfgs_NamesTheRegressionTrainers()
    {
        var message = LoadFails(Valid.Replace("trainer: lightgbm", "trainer: lbfgs"));

        Assert.Contains("model.trainer must be one of lightgbm | fasttree | fastforest | sdca for schema.task: regression, got 'lbfgs'", message);
    }

    [Fact]
    public void Load_RegressionStratified_SaysSplitCannotStratify()
    {
        var message = LoadFails(Valid.Replace("stratified: false", "stratified: true"));

        Assert.Contains("split.stratified must be false for schema.task: regression", message);
    }

    [Fact]
    public void Load_RegressionChampionOnAccuracy_NamesTheRegressionMetrics()
    {
        var message = LoadFails(Valid.Replace("champion_metric: rmse", "champion_metric: accuracy"));

        Assert.Contains("registry.champion_metric must be one of rmse | mae | r2 | mse for schema.task: regression, got 'accuracy'", message);
    }

    [Theory]
    [InlineData("rmse", MetricDirection.LowerIsBetter)]
    [InlineData("mae", MetricDirection.LowerIsBetter)]
    [InlineData("r2", MetricDirection.HigherIsBetter)]
    public void MetricDirectionsOf_RegressionMetricOnAuto_KnowsItsDirection(string metric, MetricDirection expected)
    {
        Assert.Equal(expected, MetricDirections.Of(metric, MetricDirections.Auto));
    }
}
