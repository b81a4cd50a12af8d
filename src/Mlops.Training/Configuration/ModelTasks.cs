namespace Mlops.Training.Configuration;

/// <summary>The values of schema.task, and what each one allows.</summary>
public static class ModelTasks
{
    public const string Classification = "classification";
    public const string Regression = "regression";

    public static readonly IReadOnlyList<string> Names = [Classification, Regression];

    /// <summary>The trainers with a regression form in ML.NET (lbfgs is maximum entropy: classification only).</summary>
    public static readonly IReadOnlyList<string> RegressionTrainers = ["lightgbm", "fasttree", "fastforest", "sdca"];

    /// <summary>The headline metrics the evaluate stage writes for a regression model; promotion may use any of them.</summary>
    public static readonly IReadOnlyList<string> RegressionMetrics = ["rmse", "mae", "r2", "mse"];
}
