namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// One trigger on one tick, recorded whether it fired or not: its name (schedule, new_labels, drift, performance),
/// whether it is configured, whether it fired, a sentence saying why, and the figures behind it (e.g. labels_since=512,
/// threshold=500; accuracy=0.71, wilson_high=0.75, reference=0.93).
/// </summary>
public sealed record TriggerResult(
    string Name,
    bool Enabled,
    bool Fired,
    string Reason,
    IReadOnlyDictionary<string, double> Figures);
