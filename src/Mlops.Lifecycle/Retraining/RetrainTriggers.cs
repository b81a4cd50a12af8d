using Mlops.Core.Errors;
using Mlops.Core.Registry;

namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// Evaluates every trigger of continuous_training.triggers for one model: each one gets a <see cref="TriggerResult"/>
/// with its figures and a sentence, fired or not. "The last training" is the creation time of the version the champion
/// alias points at; without a champion nothing fires.
/// </summary>
public static class RetrainTriggers
{
    public static async Task<TriggerReport> EvaluateAsync(RetrainTriggerContext context, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Time.GetUtcNow();
        var triggers = context.Settings.Triggers;
        var champion = await ChampionAsync(context, ct);
        if (champion is null)
        {
            var reason = $"no champion: models:/{context.ModelName}@{context.ChampionAlias} is not set, so there is no last training to measure from";
            var results = Names.Select(n => TriggerSwitches.Off(n, triggers) ?? TriggerSwitches.NotFired(n, reason, new Dictionary<string, double>()));
            return new TriggerReport(context.ModelName, now, null, [.. results]);
        }
        var lastTraining = DateTimeOffset.FromUnixTimeMilliseconds(champion.CreationTimestamp);
        var schedule = TriggerSwitches.Off(Schedule, triggers) ?? ScheduleTrigger.Evaluate(triggers.Schedule!, lastTraining, now);
        var newLabels = TriggerSwitches.Off(NewLabels, triggers) ?? await NewLabelsTrigger.EvaluateAsync(context, lastTraining, ct);
        var window = await WindowTriggers.EvaluateAsync(context, champion, lastTraining, ct);
        return new TriggerReport(context.ModelName, now, lastTraining, [schedule, newLabels, .. window]);
    }

    private static async Task<ModelVersion?> ChampionAsync(RetrainTriggerContext context, CancellationToken ct)
    {
        try
        {
            return await context.Registry.GetModelVersionByAliasAsync(context.ModelName, context.ChampionAlias, ct);
        }
        catch (MlopsException e) when (e.Code == ErrorCode.ResourceDoesNotExist)
        {
            return null;
        }
    }

    /// <summary>A cron occurrence has passed since the last training.</summary>
    public const string Schedule = "schedule";

    /// <summary>Enough predictions made since the last training are labelled.</summary>
    public const string NewLabels = "new_labels";

    /// <summary>The monitoring report of the window finds dataset drift.</summary>
    public const string Drift = "drift";

    /// <summary>Labelled accuracy in the window is below the floor, or dropped from the reference.</summary>
    public const string Performance = "performance";

    /// <summary>The triggers in the order every report lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = [Schedule, NewLabels, Drift, Performance];
}
