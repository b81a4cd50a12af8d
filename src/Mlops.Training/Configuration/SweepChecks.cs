namespace Mlops.Training.Configuration;

/// <summary>
/// Semantic checks of `sweep:`. Rules: metric from <see cref="SweepParams.Metrics"/>; folds >= 2; parallelism >= 0;
/// max_trials >= 1; each space key under model. with either a non-empty `values` list or `min` &lt; `max` (never both),
/// `log` only with bounds > 0, `integer` only with whole-number bounds.
/// </summary>
internal static class SweepChecks
{
    private const string Root = "sweep";

    public static void Check(SweepParams s, List<string> errors)
    {
        ParamsValidator.OneOf(errors, $"{Root}.metric", s.Metric, SweepParams.Metrics);
        if (s.Folds < 2)
        {
            errors.Add($"{Root}.folds must be at least 2 (k of the k-fold cross-validation), got {s.Folds}");
        }
        if (s.Parallelism < 0)
        {
            errors.Add($"{Root}.parallelism must be >= 0 (0: one trial per core), got {s.Parallelism}");
        }
        if (s.MaxTrials < 1)
        {
            errors.Add($"{Root}.max_trials must be at least 1, got {s.MaxTrials}");
        }
        foreach (var (key, range) in s.Space)
        {
            RangeChecks($"{Root}.space.{key}", key, range, errors);
        }
    }

    private static void RangeChecks(string path, string key, SweepRangeParams r, List<string> errors)
    {
        if (!key.StartsWith(SweepParams.SweptSection, StringComparison.Ordinal))
        {
            errors.Add($"{path}: a sweep varies only keys under {SweepParams.SweptSection} (a trial re-fits the model on the features stage's table), got '{key}'");
        }
        var hasBounds = r.Min is not null || r.Max is not null;
        if (r.Values is { } values)
        {
            if (hasBounds)
            {
                errors.Add($"{path}: give either values or min/max, not both");
            }
            else if (values.Count == 0)
            {
                errors.Add($"{path}.values must list at least one value");
            }
            return;
        }
        if (r.Min is not { } min || r.Max is not { } max)
        {
            errors.Add($"{path} needs values: [...] or both min and max");
            return;
        }
        if (min >= max)
        {
            errors.Add($"{path}.min must be below max, got min {ParamsValidator.Fmt(min)} and max {ParamsValidator.Fmt(max)}");
        }
        if (r.Log && min <= 0)
        {
            errors.Add($"{path}.min must be > 0 with log: true, got {ParamsValidator.Fmt(min)}");
        }
        if (r.Integer && (min != Math.Floor(min) || max != Math.Floor(max)))
        {
            errors.Add($"{path}: integer: true needs whole-number bounds, got min {ParamsValidator.Fmt(min)} and max {ParamsValidator.Fmt(max)}");
        }
    }
}
