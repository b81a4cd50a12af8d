namespace Mlops.Core.Tracking.Search;

/// <summary>The operator sets MLflow's search grammars are made of.</summary>
public static class SearchOperatorSets
{
    /// <summary>= != &lt; &lt;= &gt; &gt;=: metrics and numeric attributes.</summary>
    public static IReadOnlyList<SearchOperator> Numeric { get; } =
    [
        SearchOperator.Equal, SearchOperator.NotEqual, SearchOperator.Less, SearchOperator.LessOrEqual,
        SearchOperator.Greater, SearchOperator.GreaterOrEqual,
    ];

    /// <summary>= != LIKE ILIKE: strings outside runs/search.</summary>
    public static IReadOnlyList<SearchOperator> Matching { get; } =
        [SearchOperator.Equal, SearchOperator.NotEqual, SearchOperator.Like, SearchOperator.ILike];

    /// <summary>The matching operators plus IN and NOT IN: every string in runs/search.</summary>
    public static IReadOnlyList<SearchOperator> MatchingOrList { get; } = [.. Matching, SearchOperator.In, SearchOperator.NotIn];
}
