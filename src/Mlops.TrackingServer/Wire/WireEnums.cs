namespace Mlops.TrackingServer.Wire;

/// <summary>Request values read with MLflow's validation messages (the spellings are <see cref="MlflowEnums"/>').</summary>
internal static class WireEnums
{
    public static RunStatus ParseStatus(string text) => MlflowEnums.ParseRunStatus(text)
        ?? throw MlopsException.Invalid(
            $"Invalid value {ErrorText.Cut(text)} for parameter 'status' supplied. Value must be one of RUNNING, SCHEDULED, FINISHED, FAILED, KILLED.");

    public static ViewType ParseViewType(string? text, string parameter) => string.IsNullOrEmpty(text)
        ? ViewType.ActiveOnly
        : MlflowEnums.ParseViewType(text) ?? throw MlopsException.Invalid(
            $"Invalid value {ErrorText.Cut(text)} for parameter '{parameter}' supplied. Value must be one of ACTIVE_ONLY, DELETED_ONLY, ALL.");

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
