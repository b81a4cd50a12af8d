using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Retraining;

/// <summary>Which triggers params.yaml turns off, each with the sentence saying so, and the shapes of a result.</summary>
internal static class TriggerSwitches
{
    private const string Key = "continuous_training.triggers";

    /// <summary>The result of a trigger switched off, or null when it is on.</summary>
    public static TriggerResult? Off(string name, RetrainTriggerParams t)
    {
        var reason = name switch
        {
            RetrainTriggers.Schedule when t.Schedule is null => $"off: {Key}.schedule is not set",
            RetrainTriggers.NewLabels when t.NewLabels == 0 => $"off: {Key}.new_labels is 0",
            RetrainTriggers.Drift when !t.Drift => $"off: {Key}.drift is false",
            RetrainTriggers.Performance when t.MinAccuracy is null && t.MaxAccuracyDrop is null =>
                $"off: neither {Key}.min_accuracy nor {Key}.max_accuracy_drop is set",
            _ => null,
        };
        return reason is null ? null : new TriggerResult(name, Enabled: false, Fired: false, reason, new Dictionary<string, double>());
    }

    public static TriggerResult NotFired(string name, string reason, IReadOnlyDictionary<string, double> figures) =>
        new(name, Enabled: true, Fired: false, reason, figures);

    public static TriggerResult Result(string name, bool fired, string reason, IReadOnlyDictionary<string, double> figures) =>
        new(name, Enabled: true, fired, reason, figures);
}
