using Mlops.Core.Predictions;

namespace Mlops.Lifecycle.Retraining;

/// <summary>continuous_training.triggers.new_labels: fires when at least that many predictions made since the last training are labelled.</summary>
internal static class NewLabelsTrigger
{
    // Counting stops here: enough to say "at least" without reading a huge log.
    private const int MinCountLimit = 10_000;

    public static async Task<TriggerResult> EvaluateAsync(RetrainTriggerContext context, DateTimeOffset lastTraining, CancellationToken ct)
    {
        var threshold = context.Settings.Triggers.NewLabels;
        var limit = Math.Min(LabelledQuery.MaxLimit, Math.Max(threshold, MinCountLimit));
        var labelled = await context.Feedback.ListLabelledAsync(new LabelledQuery
        {
            ModelName = context.ModelName,
            Since = lastTraining,
            MaxResults = limit,
        }, ct);
        var count = labelled.Count;
        var figures = new Dictionary<string, double> { ["labels_since"] = count, ["threshold"] = threshold };
        var counted = count >= limit ? $"at least {count}" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var fired = count >= threshold;
        var reason = $"{counted} predictions made since the last training are labelled, {(fired ? "at least" : "fewer than")} the {threshold} required";
        return TriggerSwitches.Result(RetrainTriggers.NewLabels, fired, reason, figures);
    }
}
