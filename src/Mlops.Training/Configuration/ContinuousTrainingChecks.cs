using Cronos;

namespace Mlops.Training.Configuration;

/// <summary>
/// Semantic checks of `continuous_training:`. Rules: tick_seconds >= 1; lease_seconds >= 10 and > tick_seconds (a
/// holder renews within its tick); schedule a five-field cron; new_labels and recent_labels >= 0, window, min_labels
/// and min_holdout_rows >= 1; fractions and shares in (0, 1); rows, mode and gate.metric from their lists; margins and
/// drops >= 0; recent_labels, when set, must leave min_holdout_rows holdout rows.
/// </summary>
internal static class ContinuousTrainingChecks
{
    private const string Root = "continuous_training";
    private const int MinLeaseSeconds = 10;

    public static void Check(ContinuousTrainingParams c, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(c.Experiment))
        {
            errors.Add($"{Root}.experiment must not be empty");
        }
        AtLeast(errors, $"{Root}.tick_seconds", c.TickSeconds, 1);
        if (AtLeast(errors, $"{Root}.lease_seconds", c.LeaseSeconds, MinLeaseSeconds) && c.LeaseSeconds <= c.TickSeconds)
        {
            errors.Add($"{Root}.lease_seconds must be greater than {Root}.tick_seconds ({c.TickSeconds}), got {c.LeaseSeconds}");
        }
        TriggerChecks(c.Triggers, errors);
        DataChecks(c.Data, errors);
        GateChecks(c.Gate, errors);
        RolloutChecks(c.Rollout, errors);
    }

    private static void TriggerChecks(RetrainTriggerParams t, List<string> errors)
    {
        const string key = $"{Root}.triggers";
        if (t.Schedule is { } schedule && ScheduleError(schedule) is { } problem)
        {
            errors.Add($"{key}.schedule must be a five-field cron expression (minute hour day-of-month month day-of-week, UTC), got '{schedule}': {problem}");
        }
        AtLeast(errors, $"{key}.new_labels", t.NewLabels, 0, " (0: off)");
        if (t.Window is { } window)
        {
            AtLeast(errors, $"{key}.window", window, 1, " (or absent: monitoring.window)");
        }
        if (t.MinAccuracy is { } minAccuracy)
        {
            ParamsValidator.Range(errors, $"{key}.min_accuracy", minAccuracy, 0, 1, inclusive: false);
        }
        if (t.MaxAccuracyDrop is { } drop)
        {
            ParamsValidator.Range(errors, $"{key}.max_accuracy_drop", drop, 0, 1, inclusive: false);
        }
        AtLeast(errors, $"{key}.min_labels", t.MinLabels, 1);
    }

    private static void DataChecks(RetrainDataParams d, List<string> errors)
    {
        const string key = $"{Root}.data";
        ParamsValidator.OneOf(errors, $"{key}.rows", d.Rows, RetrainDataParams.RowChoices);
        AtLeast(errors, $"{key}.recent_labels", d.RecentLabels, 0, " (0: all)");
        if (AtLeast(errors, $"{key}.half_life_days", d.HalfLifeDays, 0, " (0: every row weighs 1)") && d.HalfLifeDays > 0)
        {
            // TODO #14: recency weights need the train stage to read an example-weight column.
            errors.Add($"{key}.half_life_days = {ParamsValidator.Fmt(d.HalfLifeDays)} is not supported yet (recency weights need the train stage to read example weights); use 0");
        }
        ParamsValidator.Range(errors, $"{key}.holdout_fraction", d.HoldoutFraction, 0, 1, inclusive: false);
        if (AtLeast(errors, $"{key}.min_holdout_rows", d.MinHoldoutRows, 1) && d.RecentLabels > 0
            && d.HoldoutFraction is > 0 and < 1 && d.HoldoutRowsOf(d.RecentLabels) < d.MinHoldoutRows)
        {
            errors.Add($"{key}.recent_labels = {d.RecentLabels} leaves at most {d.HoldoutRowsOf(d.RecentLabels)} holdout rows "
                + $"(holdout_fraction {ParamsValidator.Fmt(d.HoldoutFraction)}), fewer than min_holdout_rows {d.MinHoldoutRows}: no retrain could start");
        }
    }

    private static void GateChecks(RetrainGateParams g, List<string> errors)
    {
        const string key = $"{Root}.gate";
        ParamsValidator.OneOf(errors, $"{key}.metric", g.Metric, RetrainGateParams.Metrics);
        AtLeast(errors, $"{key}.min_margin", g.MinMargin, 0);
        AtLeast(errors, $"{key}.max_original_drop", g.MaxOriginalDrop, 0);
    }

    private static void RolloutChecks(RetrainRolloutParams r, List<string> errors)
    {
        const string key = $"{Root}.rollout";
        ParamsValidator.OneOf(errors, $"{key}.mode", r.Mode, RetrainRolloutParams.Modes);
        ParamsValidator.Range(errors, $"{key}.candidate_share", r.CandidateShare, 0, 1, inclusive: false);
        ParamsValidator.Range(errors, $"{key}.min_detectable_effect", r.MinDetectableEffect, 0, 1, inclusive: false);
    }

    /// <summary>Adds "KEY must be >= MIN, got VALUE" and returns false when <paramref name="value"/> is below <paramref name="min"/>.</summary>
    private static bool AtLeast(List<string> errors, string key, double value, double min, string note = "")
    {
        if (value >= min)
        {
            return true;
        }
        errors.Add($"{key} must be >= {ParamsValidator.Fmt(min)}{note}, got {ParamsValidator.Fmt(value)}");
        return false;
    }

    private static string? ScheduleError(string schedule)
    {
        var fields = schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (fields != 5)
        {
            return $"it has {fields} fields";
        }
        try
        {
            CronExpression.Parse(schedule, CronFormat.Standard);
            return null;
        }
        catch (CronFormatException e)
        {
            return e.Message;
        }
    }
}
