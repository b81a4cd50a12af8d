namespace Mlops.Core.Tracking.Search;

/// <summary>What a search key refers to: a run's latest metric, a param, a tag or a run attribute.</summary>
public enum SearchEntity
{
    Metric,
    Param,
    Tag,
    Attribute,
}
