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

    /// <summary>Times compare as numbers; every other attribute compares as a string.</summary>
    public static IReadOnlyList<SearchAttribute> All { get; } =
    [
        SearchAttribute.Text(RunId, SearchOperatorSets.MatchingOrList, "run_uuid"),
        SearchAttribute.Text(RunName, SearchOperatorSets.MatchingOrList, "run name"),
        SearchAttribute.Text(Status, SearchOperatorSets.MatchingOrList),
        SearchAttribute.Numeric(StartTime, "created"),
        SearchAttribute.Numeric(EndTime),
        SearchAttribute.Text(ArtifactUri, SearchOperatorSets.MatchingOrList),
        SearchAttribute.Text(LifecycleStage, SearchOperatorSets.MatchingOrList),
    ];
}
