using System.Globalization;
using Mlops.Core.Errors;

namespace Mlops.Training.Configuration;

/// <summary>Semantic checks of loaded params; each problem names its dotted key, the rule and the value.</summary>
public static partial class ParamsValidator
{
    public static readonly IReadOnlyList<string> Trainers = ["lightgbm", "fasttree", "fastforest", "sdca", "lbfgs"];

    private static readonly string[] RowPolicies = [ValidationPolicy.Fail, ValidationPolicy.Quarantine, ValidationPolicy.Flag];
    private static readonly string[] RangePolicies =
        [ValidationPolicy.Fail, ValidationPolicy.Clip, ValidationPolicy.Quarantine, ValidationPolicy.Flag];
    // A row whose class is unknown cannot be trained on, so it cannot be kept.
    private static readonly string[] TargetPolicies = [ValidationPolicy.Fail, ValidationPolicy.Quarantine];

    /// <summary>Throws <see cref="MlopsException"/> listing every problem, one per line, when <paramref name="p"/> is invalid.</summary>
    public static void EnsureValid(PipelineParams p, string sourceName = "params")
    {
        var errors = Validate(p);
        if (errors.Count > 0)
        {
            throw MlopsException.Invalid(string.Join('\n', errors.Select(e => $"{sourceName}: {e}")));
        }
    }

    /// <summary>Returns every problem found (empty when valid), without a source-name prefix.</summary>
    public static IReadOnlyList<string> Validate(PipelineParams p)
    {
        var errors = new List<string>();
        NonEmpty(errors, "data.raw", p.Data.Raw);
        NonEmpty(errors, "data.target", p.Data.Target);
        SchemaChecks.Check(p, errors);
        ValidationChecks(p.Validation, errors);
        FeatureChecks.Check(p, errors);

        Range(errors, "split.test_fraction", p.Split.TestFraction, 0, 1, inclusive: false);
        if (p.Cv.Folds is < 0 or 1)
        {
            errors.Add($"cv.folds must be 0 (off) or at least 2, got {p.Cv.Folds}");
        }
        OneOf(errors, "model.trainer", p.Model.Trainer, Trainers);
        TrainerChecks(p.Model, errors);

        CostMatrixChecks(p, errors);
        if (p.Evaluation.PermutationRepeats < 1)
        {
            errors.Add($"evaluation.permutation_repeats must be at least 1, got {p.Evaluation.PermutationRepeats}");
        }
        if (p.Evaluation.LeakageDistance < 0)
        {
            errors.Add($"evaluation.leakage_distance must be >= 0, got {Fmt(p.Evaluation.LeakageDistance)}");
        }
        if (p.Evaluation.MaxRows < 0)
        {
            errors.Add($"evaluation.max_rows must be >= 0 (0: every test row), got {p.Evaluation.MaxRows}");
        }
        SliceChecks(p, errors);
        NonEmpty(errors, "tracking.experiment", p.Tracking.Experiment);
        RegistryChecks(p.Registry, errors);
        GuardChecks(p.Registry, errors);
        RiskLevelChecks(p, errors);
        ContinuousTrainingChecks.Check(p.ContinuousTraining, errors);
        SweepChecks.Check(p.Sweep, errors);
        FeatureValidationChecks.Check(p.FeatureValidation, errors);
        return errors;
    }

    private static void RegistryChecks(RegistryParams r, List<string> errors)
    {
        NonEmpty(errors, "registry.model_name", r.ModelName);
        NonEmpty(errors, "registry.champion_alias", r.ChampionAlias);
        NonEmpty(errors, "registry.champion_metric", r.ChampionMetric);
        NonEmpty(errors, "registry.staging_metric", r.StagingMetric);
        OneOf(errors, "registry.direction", r.Direction, MetricDirections.Names);
        var stagingDirection = MetricDirections.Of(r.StagingMetric, r.StagingMetric == r.ChampionMetric ? r.Direction : MetricDirections.Auto);
        if (stagingDirection == MetricDirection.HigherIsBetter)
        {
            Range(errors, "registry.staging_threshold", r.StagingThreshold, 0, 1, inclusive: true);
        }
        else if (r.StagingThreshold < 0)
        {
            errors.Add($"registry.staging_threshold must be >= 0, got {Fmt(r.StagingThreshold)}");
        }
        if (r.MinMargin < 0)
        {
            errors.Add($"registry.min_margin must be >= 0, got {Fmt(r.MinMargin)}");
        }
    }

    private static void ValidationChecks(ValidationParams v, List<string> errors)
    {
        OneOf(errors, "validation.missing_column", v.MissingColumn, RowPolicies);
        OneOf(errors, "validation.missing_value", v.MissingValue, RowPolicies);
        OneOf(errors, "validation.non_numeric", v.NonNumeric, RowPolicies);
        OneOf(errors, "validation.unknown_category", v.UnknownCategory, RowPolicies);
        OneOf(errors, "validation.out_of_range", v.OutOfRange, RangePolicies);
        OneOf(errors, "validation.unknown_target", v.UnknownTarget, TargetPolicies);
        Range(errors, "validation.max_quarantine_fraction", v.MaxQuarantineFraction, 0, 1, inclusive: true);
    }

    private static void RiskLevelChecks(PipelineParams p, List<string> errors)
    {
        var levels = p.Serving.RiskLevels;
        if (levels.Count == 0)
        {
            return;
        }
        foreach (var (label, level) in levels)
        {
            if (!p.Schema.TargetClasses.Contains(label, StringComparer.Ordinal))
            {
                errors.Add($"serving.risk_levels.{label} names no class of schema.target_classes");
            }
            NonEmpty(errors, $"serving.risk_levels.{label}", level);
        }
        var missing = p.Schema.TargetClasses.Where(c => !levels.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            errors.Add($"serving.risk_levels must give every target class a level; missing: {string.Join(", ", missing)}");
        }
    }

    internal static void OneOf(List<string> errors, string key, string value, IReadOnlyList<string> allowed)
    {
        if (!allowed.Contains(value, StringComparer.Ordinal))
        {
            errors.Add($"{key} must be one of {string.Join(" | ", allowed)}, got '{value}'");
        }
    }

    private static void NonEmpty(List<string> errors, string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{key} must not be empty");
        }
    }

    private static void Positive(List<string> errors, string key, double value)
    {
        if (value <= 0)
        {
            errors.Add($"{key} must be > 0, got {Fmt(value)}");
        }
    }

    internal static void Range(List<string> errors, string key, double value, double low, double high, bool inclusive)
    {
        var ok = inclusive ? value >= low && value <= high : value > low && value < high;
        if (!ok)
        {
            var interval = inclusive ? $"[{Fmt(low)}, {Fmt(high)}]" : $"({Fmt(low)}, {Fmt(high)})";
            errors.Add($"{key} must be in {interval}, got {Fmt(value)}");
        }
    }

    internal static string Fmt(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
