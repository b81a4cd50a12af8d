namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// What every trigger said on one tick for one registered model. <see cref="LastTrainingAt"/> is when the current
/// champion was registered (null: no champion), the time "since the last training" is measured from.
/// </summary>
public sealed record TriggerReport(
    string ModelName,
    DateTimeOffset At,
    DateTimeOffset? LastTrainingAt,
    IReadOnlyList<TriggerResult> Results)
{
    public bool AnyFired => Results.Any(r => r.Fired);

    public IEnumerable<TriggerResult> Fired => Results.Where(r => r.Fired);
}
