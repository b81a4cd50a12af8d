namespace Mlops.Core.Tracking.Search;

/// <summary>One parsed order_by clause, such as <c>metrics.accuracy DESC</c>.</summary>
public sealed record SearchOrder(SearchEntity Entity, string Key, bool Ascending);
