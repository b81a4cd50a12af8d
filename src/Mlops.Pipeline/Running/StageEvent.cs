namespace Mlops.Pipeline.Running;

/// <summary>Progress of one stage, so a host can print "features: ran (params changed: split.seed)".</summary>
public sealed record StageEvent(
    StageEventKind Kind,
    string Stage,
    IReadOnlyList<string> Reasons,
    TimeSpan Duration = default,
    Exception? Error = null);
