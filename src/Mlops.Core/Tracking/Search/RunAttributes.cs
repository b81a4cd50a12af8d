namespace Mlops.Core.Tracking.Search;

/// <summary>Run attributes that filters and order_by may name, with MLflow's aliases.</summary>
public static class RunAttributes
{
    public const string RunId = "run_id";
    public const string RunName = "run_name";
    public const string Status = "status";
    public const string StartTime = "start_time";
    public const string EndTime = "end_time";
    public const string ArtifactUri = "artifact_uri";
    public const string LifecycleStage = "lifecycle_stage";

    public static IReadOnlyList<string> Names { get; } =
        [RunId, RunName, Status, StartTime, EndTime, ArtifactUri, LifecycleStage];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["run_id"] = RunId,
        ["run_uuid"] = RunId,
        ["run_name"] = RunName,
        ["run name"] = RunName,
        ["status"] = Status,
        ["start_time"] = StartTime,
        ["created"] = StartTime,
        ["end_time"] = EndTime,
        ["artifact_uri"] = ArtifactUri,
        ["lifecycle_stage"] = LifecycleStage,
    };

    /// <summary>Maps a key or one of its aliases to the canonical attribute name.</summary>
    public static bool TryNormalize(string key, out string canonical) =>
        Aliases.TryGetValue(key, out canonical!);

    /// <summary>Times compare as numbers; every other attribute compares as a string.</summary>
    public static bool IsNumeric(string canonical) => canonical is StartTime or EndTime;
}
