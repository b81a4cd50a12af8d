namespace Mlops.Core.Predictions;

/// <summary>
/// Which logged predictions a prune deletes: those older than <see cref="OlderThan"/>, and the oldest beyond the newest
/// <see cref="KeepNewestRows"/>. Backends store predictions in batches and delete whole batches, so a batch straddling
/// the age cutoff is kept and at most <see cref="KeepNewestRows"/> rows remain.
/// </summary>
public sealed record PredictionPrune
{
    public DateTimeOffset? OlderThan { get; init; }

    public long? KeepNewestRows { get; init; }

    /// <summary>Only this model's predictions are considered (and counted for <see cref="KeepNewestRows"/>); null: all.</summary>
    public string? ModelName { get; init; }

    /// <summary>Count what would be deleted without deleting it.</summary>
    public bool DryRun { get; init; }

    public bool DeletesNothing => OlderThan is null && KeepNewestRows is null;
}
