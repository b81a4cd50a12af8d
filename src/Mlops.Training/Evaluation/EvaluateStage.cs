using Mlops.Training.Configuration;
using Mlops.Training.Data;
using Mlops.Training.Features;
using Mlops.Training.Models;
using Mlops.Training.Scoring;

namespace Mlops.Training.Evaluation;

/// <summary>
/// The pipeline's evaluate stage: metrics.json plus confusion-matrix and importance plots and JSON; with
/// clean.csv (the raw cells of the rows) also the metrics of each slice of evaluation.slices.
/// </summary>
public static class EvaluateStage
{
    public static EvaluationReport Run(
        PipelineParams p, string modelZip, string trainCsv, string testCsv, string metricsJsonOut, string figuresDir,
        string? compiledTrees = null, string? cleanCsv = null) =>
        Run(p, modelZip, trainCsv, testCsv, metricsJsonOut, figuresDir, compiledTrees,
            cleanCsv is null ? null : Task.Run(() => CleanTable.Read(p, cleanCsv)));

    /// <param name="clean">clean.csv for the slices, read once by the caller (and shared, e.g. with the reference profile); awaited after scoring.</param>
    public static EvaluationReport Run(
        PipelineParams p, string modelZip, string trainCsv, string testCsv, string metricsJsonOut, string figuresDir,
        string? compiledTrees, Task<CleanTable>? clean)
    {
        ArgumentNullException.ThrowIfNull(p);
        // Loading Skia and the font takes a few hundred milliseconds: do it on the other core while we score.
        var plotting = Task.Run(EvaluationPlots.WarmUp);
        // The training table is needed only for the leakage check, after scoring: read on the other core meanwhile.
        var train = Task.Run(() => FeatureTableReader.Read(trainCsv));
        var test = FeatureTableReader.Read(testCsv);
        using var scorer = CompiledModelFile.Load(modelZip, compiledTrees, p.Schema.TargetClasses, test.Width);
        var report = Evaluator.Evaluate(scorer, train, test, p.Evaluation, p.Model.Seed);
        if (clean is not null)
        {
            report = SliceScorer.AddSlices(report, p, clean.GetAwaiter().GetResult());
        }

        JsonFiles.WriteReport(metricsJsonOut, MetricsDocument.Build(report));
        Directory.CreateDirectory(figuresDir);
        JsonFiles.WriteReport(Path.Combine(figuresDir, "confusion_matrix.json"), MetricsDocument.ConfusionJson(report.Metrics));
        JsonFiles.WriteReport(Path.Combine(figuresDir, "feature_importance.json"), MetricsDocument.ImportanceJson(report));
        plotting.GetAwaiter().GetResult();
        Parallel.Invoke(
            () => EvaluationPlots.ConfusionMatrix(report.Metrics, Path.Combine(figuresDir, "confusion_matrix.png")),
            () => EvaluationPlots.FeatureImportance(report.FeatureImportance, Path.Combine(figuresDir, "feature_importance.png")));
        return report;
    }
}
