using Mlops.Core.Tracking;
using Mlops.Core.Tracking.Search;

namespace Mlops.Storage.Sqlite.Tracking;

/// <summary>
/// Turns parsed filter comparisons and order_by clauses into SQL over <c>runs r</c>. Every value becomes a parameter;
/// only canonical attribute names (a fixed list) are written into the text.
/// </summary>
internal sealed class SearchSqlBuilder : RunSearchSql
{
    public override string InExperiments(IReadOnlyList<long> experimentIds) =>
        $"r.experiment_id IN ({string.Join(", ", experimentIds.Select(id => Add(id)))})";

    public override string InStages(ViewType viewType) => $"r.lifecycle_stage IN {TrackingText.InList(viewType)}";

    /// <summary>
    /// The WHERE conditions of a filter. Attribute comparisons test the run row; metric, param and tag comparisons
    /// become one <c>r.run_id IN (a INTERSECT b ...)</c>: each subquery reads its covering (key, value, run_id) index
    /// once, and intersecting the id sets first probes the runs table only for runs that match every one (with a
    /// separate IN per comparison, SQLite probed every run matching the first and then tested the others).
    /// </summary>
    public override IEnumerable<string> Where(IReadOnlyList<SearchComparison> comparisons)
    {
        var subqueries = new List<string>();
        foreach (var comparison in comparisons)
        {
            if (comparison.Entity == SearchEntity.Attribute)
            {
                yield return Condition($"r.{comparison.Key}", comparison);
            }
            else
            {
                subqueries.Add(Subquery(comparison));
            }
        }
        if (subqueries.Count > 0)
        {
            yield return $"r.run_id IN ({string.Join(" INTERSECT ", subqueries)})";
        }
    }

    private string Subquery(SearchComparison comparison)
    {
        var (from, alias, match) = EntityMatch(comparison);
        return $"SELECT {alias}.run_id FROM {from} WHERE {match}";
    }

    protected override string MetricIsNumber => "m.is_nan = 0";

    protected override string SortedMetricValue => "m.value";

    // LIKE is case-sensitive because every connection sets PRAGMA case_sensitive_like.
    protected override string Like(string column, string pattern) => $"{column} LIKE {pattern}";

    protected override string ILike(string column, string pattern) => $"lower({column}) LIKE lower({pattern})";

    protected override string In(string column, IReadOnlyList<string> items) => $"{column} IN ({List(items)})";

    protected override string NotIn(string column, IReadOnlyList<string> items) => $"{column} NOT IN ({List(items)})";

    private string List(IReadOnlyList<string> items) => string.Join(", ", items.Select(item => Add(item)));
}
