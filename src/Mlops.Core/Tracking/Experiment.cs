namespace Mlops.Core.Tracking;

/// <summary>A named group of runs.</summary>
public sealed record Experiment(
    string ExperimentId,
    string Name,
    string ArtifactLocation,
    LifecycleStage LifecycleStage,
    long CreationTime,
    long LastUpdateTime,
    IReadOnlyDictionary<string, string> Tags);
