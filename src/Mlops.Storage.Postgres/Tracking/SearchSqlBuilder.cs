using Mlops.Core.Tracking;
using Mlops.Core.Tracking.Search;

namespace Mlops.Storage.Postgres.Tracking;

/// <summary>
/// Turns parsed filter comparisons and order_by clauses into SQL over <c>runs r</c>. Every value becomes a parameter;
/// only canonical attribute names (a fixed list) are written into the text.
/// </summary>
internal sealed class SearchSqlBuilder : RunSearchSql
{
    public override string InExperiments(IReadOnlyList<long> experimentIds) => $"r.experiment_id = ANY({Add(experimentIds.ToArray())})";

    public override string InStages(ViewType viewType) => $"r.lifecycle_stage = ANY({Add(TrackingText.Of(viewType))})";

    public override IEnumerable<string> Where(IReadOnlyList<SearchComparison> comparisons) => comparisons.Select(Where);

    private string Where(SearchComparison comparison)
    {
        if (comparison.Entity == SearchEntity.Attribute)
        {
            return Condition($"r.{comparison.Key}", comparison);
        }
        var (from, alias, match) = EntityMatch(comparison);
        return $"EXISTS (SELECT 1 FROM {from} WHERE {alias}.run_id = r.run_id AND {match})";
    }

    // NaN is "no value" for comparisons, as in the SQLite backend (PostgreSQL would otherwise rank it above every number).
    protected override string MetricIsNumber => "m.value <> 'NaN'::float8";

    protected override string SortedMetricValue => "NULLIF(m.value, 'NaN'::float8)";

    // Text columns are declared COLLATE "C", so ordering is byte order; ESCAPE '' makes '\' an ordinary character as in SQLite.
    protected override string Like(string column, string pattern) => $"{column} LIKE {pattern} ESCAPE ''";

    protected override string ILike(string column, string pattern) => $"{column} ILIKE {pattern} ESCAPE ''";

    protected override string In(string column, IReadOnlyList<string> items) => $"{column} = ANY({Add(items.ToArray())})";

    protected override string NotIn(string column, IReadOnlyList<string> items) => $"{column} <> ALL({Add(items.ToArray())})";
}
