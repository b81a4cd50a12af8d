namespace Mlops.Pipeline.Running;

/// <summary>What happened to one stage: Ran (with reasons and duration), Skipped ("up to date") or NotSelected.</summary>
public sealed record StageRunResult(string Stage, StageOutcome Outcome, IReadOnlyList<string> Reasons, TimeSpan Duration);
