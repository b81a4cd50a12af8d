namespace Mlops.Core.Tracking;

/// <summary>
/// A run query. <see cref="Filter"/> uses MLflow's grammar (for example
/// <c>metrics.accuracy &gt; 0.9 and params.trainer = 'lightgbm'</c>); <see cref="OrderBy"/> entries look like
/// <c>metrics.accuracy DESC</c> or <c>attributes.start_time</c>.
/// </summary>
public sealed record RunSearch(
    IReadOnlyList<string> ExperimentIds,
    string? Filter = null,
    IReadOnlyList<string>? OrderBy = null,
    int MaxResults = 1000,
    string? PageToken = null,
    ViewType ViewType = ViewType.ActiveOnly);

/// <summary>Which lifecycle stages a search returns.</summary>
public enum ViewType
{
    ActiveOnly,
    DeletedOnly,
    All,
}

/// <summary>One page of results and the token for the next page, if any.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextPageToken);
