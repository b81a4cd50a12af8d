namespace Mlops.Core.Tracking;

/// <summary>Whether an experiment or run is live or soft-deleted.</summary>
public enum LifecycleStage
{
    Active,
    Deleted,
}
