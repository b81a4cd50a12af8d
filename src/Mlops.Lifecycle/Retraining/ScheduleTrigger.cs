using Cronos;

namespace Mlops.Lifecycle.Retraining;

/// <summary>continuous_training.triggers.schedule: fires when an occurrence of the cron expression lies in (last training, now], UTC.</summary>
internal static class ScheduleTrigger
{
    public static TriggerResult Evaluate(string schedule, DateTimeOffset lastTraining, DateTimeOffset now)
    {
        var cron = CronExpression.Parse(schedule, CronFormat.Standard);
        var next = cron.GetNextOccurrence(lastTraining, TimeZoneInfo.Utc, inclusive: false);
        var figures = new Dictionary<string, double> { ["hours_since_last_training"] = Hours(now - lastTraining) };
        if (next is not { } due)
        {
            return TriggerSwitches.NotFired(RetrainTriggers.Schedule, $"'{schedule}' has no occurrence after the last training ({Text(lastTraining)})", figures);
        }
        figures["seconds_until_due"] = (due - now).TotalSeconds;
        var fired = due <= now;
        var reason = fired
            ? $"the occurrence {Text(due)} of '{schedule}' has passed since the last training ({Text(lastTraining)})"
            : $"the next occurrence of '{schedule}' after the last training ({Text(lastTraining)}) is {Text(due)}, not yet reached";
        return TriggerSwitches.Result(RetrainTriggers.Schedule, fired, reason, figures);
    }

    private static double Hours(TimeSpan span) => Math.Round(span.TotalHours, 4);

    private static string Text(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}
