namespace Mlops.Core.Tracking;

/// <summary>A run's identity and lifecycle; times are Unix milliseconds.</summary>
public sealed record RunInfo(
    string RunId,
    string ExperimentId,
    string RunName,
    RunStatus Status,
    long StartTime,
    long? EndTime,
    string ArtifactUri,
    LifecycleStage LifecycleStage);
