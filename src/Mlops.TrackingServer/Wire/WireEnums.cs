using Mlops.Core.Errors;
using Mlops.Core.Tracking;

namespace Mlops.TrackingServer.Wire;

/// <summary>Enum spellings on the wire, as MLflow writes them (protobuf names; numbers accepted too).</summary>
internal static class WireEnums
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

    public static RunStatus ParseStatus(string text) => text.ToUpperInvariant() switch
    {
        "RUNNING" or "1" => RunStatus.Running,
        "SCHEDULED" or "2" => RunStatus.Scheduled,
        "FINISHED" or "3" => RunStatus.Finished,
        "FAILED" or "4" => RunStatus.Failed,
        "KILLED" or "5" => RunStatus.Killed,
        _ => throw MlopsException.Invalid(
            $"Invalid value {ErrorText.Cut(text)} for parameter 'status' supplied. Value must be one of RUNNING, SCHEDULED, FINISHED, FAILED, KILLED."),
    };

    public static ViewType ParseViewType(string? text, string parameter) => text?.ToUpperInvariant() switch
    {
        null or "" or "ACTIVE_ONLY" or "1" => ViewType.ActiveOnly,
        "DELETED_ONLY" or "2" => ViewType.DeletedOnly,
        "ALL" or "3" => ViewType.All,
        _ => throw MlopsException.Invalid(
            $"Invalid value {ErrorText.Cut(text)} for parameter '{parameter}' supplied. Value must be one of ACTIVE_ONLY, DELETED_ONLY, ALL."),
    };

    /// <summary>max_results as an int within MLflow's bounds, or <paramref name="fallback"/> when absent.</summary>
    public static int MaxResults(long? value, int fallback, int limit)
    {
        if (value is null)
        {
            return fallback;
        }
        if (value is < 1 || value > limit)
        {
            throw MlopsException.Invalid(
                $"Invalid value for request parameter max_results. It must be at most {limit}, and at least 1, but got value {value}.");
        }
        return (int)value.Value;
    }
}
