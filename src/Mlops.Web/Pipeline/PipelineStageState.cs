namespace Mlops.Web.Pipeline;

/// <summary>A stage's last status: never run (no lock entry), up to date with its last run, or stale (it would run).</summary>
public enum PipelineStageState
{
    NeverRun,
    UpToDate,
    Stale,
}
