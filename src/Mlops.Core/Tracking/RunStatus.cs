namespace Mlops.Core.Tracking;

/// <summary>Run lifecycle states, as in MLflow.</summary>
public enum RunStatus
{
    Running,
    Scheduled,
    Finished,
    Failed,
    Killed,
}
