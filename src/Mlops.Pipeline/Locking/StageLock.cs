namespace Mlops.Pipeline.Locking;

/// <summary>What a stage's last successful run read and wrote; params map a dotted key to its canonical JSON value.</summary>
public sealed record StageLock(
    string Stage,
    IReadOnlyList<PathHash> Deps,
    IReadOnlyDictionary<string, string> Params,
    IReadOnlyList<PathHash> Outs);
