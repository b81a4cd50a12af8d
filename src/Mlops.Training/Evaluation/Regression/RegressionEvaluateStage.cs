using Mlops.Training.Configuration;
using Mlops.Training.Data;
using Mlops.Training.Models;
using Mlops.Training.Scoring;

namespace Mlops.Training.Evaluation.Regression;

/// <summary>The evaluate stage of schema.task: regression: metrics.json and the two figures (PNG) in the figures folder.</summary>
public static class RegressionEvaluateStage
{
    public const string PredictedVsActualFile = "predicted_vs_actual.png";
    public const string ResidualsFile = "residuals.png";

    public static RegressionEvaluation Run(
        PipelineParams p, string modelZip, string trainCsv, string testCsv, string metricsJsonOut, string figuresDir, string? compiledTrees = null)
    {
        ArgumentNullException.ThrowIfNull(p);
        var plotting = Task.Run(EvaluationPlots.WarmUp);
        var train = FeatureTableReader.Read(trainCsv);
        var test = FeatureTableReader.Read(testCsv);
        using var scorer = CompiledModelFile.Load(modelZip, compiledTrees, [], test.Width);
        var evaluation = RegressionEvaluator.Evaluate(scorer, train, test, p.Evaluation, p.Model.Seed);
        JsonFiles.WriteReport(metricsJsonOut, RegressionMetricsDocument.Build(evaluation));
        Directory.CreateDirectory(figuresDir);
        plotting.GetAwaiter().GetResult();
        Parallel.Invoke(
            () => RegressionPlots.PredictedVsActual(evaluation, Path.Combine(figuresDir, PredictedVsActualFile)),
            () => RegressionPlots.Residuals(evaluation, Path.Combine(figuresDir, ResidualsFile)));
        return evaluation;
    }
}
