namespace Mlops.Training.Configuration;

/// <summary>What schema.task: regression rules out: classes, class costs and levels, slices, and trainers without a regression form.</summary>
internal static class RegressionChecks
{
    public static void Check(PipelineParams p, List<string> errors)
    {
        const string why = "for schema.task: regression (a numeric target has no classes)";
        if (p.Schema.TargetClasses.Count > 0)
        {
            errors.Add($"schema.target_classes must be empty {why}");
        }
        if (p.Evaluation.CostMatrix.Count > 0)
        {
            errors.Add($"evaluation.cost_matrix must be empty {why}");
        }
        if (p.Serving.RiskLevels.Count > 0)
        {
            errors.Add($"serving.risk_levels must be empty {why}");
        }
        if (p.Evaluation.Slices.Count > 0 || p.Evaluation.SliceBy.Count > 0)
        {
            errors.Add("evaluation.slices and evaluation.slice_by are not supported for schema.task: regression yet; remove them");
        }
        if (p.Split.Stratified)
        {
            errors.Add($"split.stratified must be false {why} to stratify by");
        }
        if (p.Cv.Folds != 0)
        {
            errors.Add("cv.folds must be 0 for schema.task: regression: cross-validation scores classes only so far");
        }
        if (!ModelTasks.RegressionTrainers.Contains(p.Model.Trainer, StringComparer.Ordinal))
        {
            errors.Add($"model.trainer must be one of {string.Join(" | ", ModelTasks.RegressionTrainers)} " +
                $"for schema.task: regression, got '{p.Model.Trainer}'");
        }
        MetricCheck(errors, "registry.staging_metric", p.Registry.StagingMetric);
        MetricCheck(errors, "registry.champion_metric", p.Registry.ChampionMetric);
    }

    private static void MetricCheck(List<string> errors, string key, string metric)
    {
        if (!ModelTasks.RegressionMetrics.Contains(metric, StringComparer.Ordinal))
        {
            errors.Add($"{key} must be one of {string.Join(" | ", ModelTasks.RegressionMetrics)} for schema.task: regression, got '{metric}'");
        }
    }
}
