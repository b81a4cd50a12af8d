namespace Mlops.Pipeline.Status;

/// <summary>Whether a stage would run, and why, e.g. "params changed: split.seed (42 → 7)".</summary>
public sealed record StageStatus(string Stage, bool IsStale, IReadOnlyList<string> Reasons);
