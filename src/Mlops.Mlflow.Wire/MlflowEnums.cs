using Mlops.Core.Tracking;

namespace Mlops.Mlflow.Wire;

/// <summary>
/// Core's enums as MLflow spells them on the wire (protobuf names, lifecycle stages in lower case), read back from the
/// name in any case or from the protobuf number. Each side turns an unknown value into its own error.
/// </summary>
public static class MlflowEnums
{
    public static string Of(RunStatus status) => status switch
    {
        RunStatus.Running => "RUNNING",
        RunStatus.Scheduled => "SCHEDULED",
        RunStatus.Finished => "FINISHED",
        RunStatus.Failed => "FAILED",
        _ => "KILLED",
    };

    public static string Of(LifecycleStage stage) => stage == LifecycleStage.Active ? "active" : "deleted";

    public static string Of(ViewType viewType) => viewType switch
    {
        ViewType.ActiveOnly => "ACTIVE_ONLY",
        ViewType.DeletedOnly => "DELETED_ONLY",
        ViewType.All => "ALL",
        _ => throw new ArgumentOutOfRangeException(nameof(viewType), viewType, "Unknown view type."),
    };

    /// <summary>The status a name or protobuf number (RUNNING = 1 … KILLED = 5) stands for; null when it is neither.</summary>
    public static RunStatus? ParseRunStatus(string text) => text.ToUpperInvariant() switch
    {
        "RUNNING" or "1" => RunStatus.Running,
        "SCHEDULED" or "2" => RunStatus.Scheduled,
        "FINISHED" or "3" => RunStatus.Finished,
        "FAILED" or "4" => RunStatus.Failed,
        "KILLED" or "5" => RunStatus.Killed,
        _ => null,
    };

    /// <summary>The view type a name or protobuf number stands for; null when it is neither.</summary>
    public static ViewType? ParseViewType(string text) => text.ToUpperInvariant() switch
    {
        "ACTIVE_ONLY" or "1" => ViewType.ActiveOnly,
        "DELETED_ONLY" or "2" => ViewType.DeletedOnly,
        "ALL" or "3" => ViewType.All,
        _ => null,
    };

    /// <summary>"active" or "deleted"; null for anything else.</summary>
    public static LifecycleStage? ParseLifecycleStage(string text) => text switch
    {
        "active" => LifecycleStage.Active,
        "deleted" => LifecycleStage.Deleted,
        _ => null,
    };
}
