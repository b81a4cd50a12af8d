using System.Text;

namespace Mlops.Training.Init;

/// <summary>The params.yaml of an <see cref="InitPlan"/>: the inferred schema, and the bundled example's settings elsewhere.</summary>
public static class ParamsYamlWriter
{
    public static string Write(InitPlan plan)
    {
        var (target, name) = (plan.Target, YamlQuote.Of(plan.ModelName));
        var yaml = new StringBuilder()
            .Append($"# Written by `mlops init` from {Path.GetFileName(plan.Options.DataPath)}; edit freely, every key is checked when the pipeline loads it.\n")
            .Append($"data:\n  raw: {plan.DataFile}\n  interim_dir: data/interim\n  processed_dir: data/processed\n")
            .Append($"  models_dir: models\n  reports_dir: reports\n  target: {YamlQuote.Of(target.Name)}\n\n")
            .Append(target.IsRegression ? $"schema:\n  task: {InferredTarget.Regression}\n  columns:\n" : "schema:\n  columns:\n");
        foreach (var column in plan.Columns.Where(c => c.Kept))
        {
            yaml.Append($"    {YamlQuote.Of(column.Name)}: {Schema(column)}\n");
        }
        foreach (var column in plan.Columns.Where(c => !c.Kept))
        {
            yaml.Append($"    # {column.Name}: {column.Kind.ToString().ToLowerInvariant()}, {column.Reason}\n");
        }
        yaml.Append($"  target_classes: {YamlQuote.List(target.Classes.Select(c => c.Label))}\n\n")
            .Append("validation:\n  missing_column: fail\n  missing_value: quarantine\n  non_numeric: quarantine\n")
            .Append("  unknown_category: quarantine\n  out_of_range: quarantine\n  unknown_target: quarantine\n  drop_duplicates: true\n")
            .Append($"  max_quarantine_fraction: {NumberText.Format(plan.MaxQuarantineFraction)}\n\n")
            .Append("features:\n  version: 1\n  set: full\n  sets: {}\n  derived: []\n  categorical_encoding: onehot\n  scaling: standard\n\n")
            .Append(BundledExample.ParamsSection("feature_validation")).Append('\n')
            .Append($"split:\n  test_fraction: 0.2\n  seed: 42\n  stratified: {(target.IsRegression ? "false" : "true")}\n\ncv:\n  folds: 0\n\n")
            .Append(BundledExample.ParamsSection("model")).Append('\n');
        var (metric, threshold) = target.IsRegression ? RegressionEvaluation(yaml, target) : ClassificationEvaluation(yaml, target);
        return yaml
            .Append("  permutation_repeats: 3\n  leakage_distance: 0.05\n  slices: {}\n  slice_by: []\n  min_slice_rows: 30\n\n")
            .Append($"tracking:\n  experiment: {name}\n  run_name_prefix: pipeline\n  tags:\n    source: {YamlQuote.Of(Path.GetFileName(plan.Options.DataPath))}\n\n")
            .Append($"registry:\n  model_name: {name}\n")
            .Append($"  description: {YamlQuote.Of($"Predicts {target.Name}{What(target)}; workspace written by mlops init.")}\n")
            .Append($"  staging_metric: {metric}\n  staging_threshold: {threshold}\n")
            .Append($"  champion_alias: champion\n  champion_metric: {metric}\n  direction: auto\n  min_margin: 0.0\n  guards: []\n\n")
            .Append("serving:\n  risk_levels: {}\n")
            .ToString();
    }

    private static (string Metric, string Threshold) ClassificationEvaluation(StringBuilder yaml, InferredTarget target)
    {
        yaml.Append("evaluation:\n  primary_metric: accuracy\n  # Every mistake costs 1, so business_cost is the error rate; weigh the classes here.\n  cost_matrix:\n");
        for (var i = 0; i < target.Classes.Count; i++)
        {
            yaml.Append($"    - [{string.Join(", ", target.Classes.Select((_, j) => i == j ? "0" : "1"))}]\n");
        }
        var baseline = Math.Floor(target.MajorityShare * 1000) / 1000;
        return ("accuracy", $"{NumberText.Format(baseline)}   # always answering the most frequent class scores this");
    }

    // The keys schema.task: regression allows (regress17's RegressionChecks): no cost matrix, rmse promotes (lower is better on auto).
    private static (string Metric, string Threshold) RegressionEvaluation(StringBuilder yaml, InferredTarget target)
    {
        yaml.Append("evaluation:\n  primary_metric: rmse\n  cost_matrix: []\n");
        var rmse = Math.Ceiling(target.MeanBaseline!.Value.Rmse * 1000) / 1000;
        return ("rmse", $"{NumberText.Format(rmse)}   # always answering the mean scores this rmse");
    }

    private static string What(InferredTarget target) => target.IsRegression ? ", a number" : $" ({target.Classes.Count} classes)";

    private static string Schema(InferredColumn column)
    {
        var parts = new List<string>();
        if (column.Kind == InferredKind.Numeric)
        {
            parts.Add("type: numeric");
            parts.Add($"min: {NumberText.Format(column.Min!.Value)}");
            parts.Add($"max: {NumberText.Format(column.Max!.Value)}");
        }
        else
        {
            parts.Add("type: categorical");
            parts.Add($"categories: {YamlQuote.List(column.Categories)}");
            if (column.Other is { } other)
            {
                parts.Add($"other: {YamlQuote.Of(other)}");
            }
        }
        if (column.Impute is { } impute)
        {
            parts.Add("missing: impute");
            parts.Add($"impute: {impute}");
        }
        return $"{{ {string.Join(", ", parts)} }}";
    }
}
