using Mlops.Core.Tracking;
using Mlops.Core.Tracking.Search;

namespace Mlops.Storage.Relational.Tracking;

/// <summary>
/// A backend's translation of parsed filter comparisons and order_by clauses into SQL over <c>runs r</c>. Every value
/// becomes a parameter; only canonical attribute names (a fixed list) are written into the text.
/// </summary>
internal abstract class RunSearchSql
{
    private readonly List<(string Name, object? Value)> parameters = [];

    public (string Name, object? Value)[] Parameters => [.. parameters];

    public string Add(object? value)
    {
        var name = $"@p{parameters.Count}";
        parameters.Add((name, value));
        return name;
    }

    /// <summary>The condition that a run belongs to one of <paramref name="experimentIds"/>.</summary>
    public abstract string InExperiments(IReadOnlyList<long> experimentIds);

    /// <summary>The condition that a run's lifecycle stage is one <paramref name="viewType"/> shows.</summary>
    public abstract string InStages(ViewType viewType);

    public abstract IEnumerable<string> Where(IReadOnlyList<SearchComparison> comparisons);

    /// <summary>Runs without the sorted value (or with NaN) come last in both directions, as in MLflow.</summary>
    public string OrderBy(SearchOrder order)
    {
        string value;
        if (order.Entity == SearchEntity.Attribute)
        {
            value = $"r.{order.Key}";
        }
        else
        {
            var (table, alias) = TableOf(order.Entity);
            var sorted = order.Entity == SearchEntity.Metric ? SortedMetricValue : $"{alias}.value";
            value = $"(SELECT {sorted} FROM {table} {alias} WHERE {alias}.run_id = r.run_id AND {alias}.key = {Add(order.Key)})";
        }
        return $"{value} {(order.Ascending ? "ASC" : "DESC")} NULLS LAST";
    }

    /// <summary>
    /// For a metric, param or tag comparison: the table it reads with its alias (<c>latest_metrics m</c>, <c>params p</c>,
    /// <c>tags t</c>) and the condition on that table's rows (key, not NaN for a metric, the comparison); the backend
    /// joins the rows to the run its own way.
    /// </summary>
    protected (string From, string Alias, string Match) EntityMatch(SearchComparison comparison)
    {
        var (table, alias) = TableOf(comparison.Entity);
        var key = $"{alias}.key = {Add(comparison.Key)}";
        var number = comparison.Entity == SearchEntity.Metric ? $" AND {MetricIsNumber}" : "";
        return ($"{table} {alias}", alias, $"{key}{number} AND {Condition($"{alias}.value", comparison)}");
    }

    /// <summary>Over <c>latest_metrics m</c>: the value is not NaN, which is "no value" for comparisons.</summary>
    protected abstract string MetricIsNumber { get; }

    /// <summary>A metric's value as sorted, over <c>latest_metrics m</c>: null where the backend stores NaN as a number.</summary>
    protected abstract string SortedMetricValue { get; }

    /// <summary><paramref name="column"/> compared as <paramref name="c"/> says, its values as parameters.</summary>
    protected string Condition(string column, SearchComparison c) => c.Operator switch
    {
        SearchOperator.Equal => $"{column} = {Value(c)}",
        SearchOperator.NotEqual => $"{column} <> {Value(c)}",
        SearchOperator.Less => $"{column} < {Value(c)}",
        SearchOperator.LessOrEqual => $"{column} <= {Value(c)}",
        SearchOperator.Greater => $"{column} > {Value(c)}",
        SearchOperator.GreaterOrEqual => $"{column} >= {Value(c)}",
        SearchOperator.Like => Like(column, Value(c)),
        SearchOperator.ILike => ILike(column, Value(c)),
        SearchOperator.In => In(column, c.Items!),
        _ => NotIn(column, c.Items!),
    };

    /// <summary>A case-sensitive LIKE in which '\' is an ordinary character.</summary>
    protected abstract string Like(string column, string pattern);

    protected abstract string ILike(string column, string pattern);

    protected abstract string In(string column, IReadOnlyList<string> items);

    protected abstract string NotIn(string column, IReadOnlyList<string> items);

    private static (string Table, string Alias) TableOf(SearchEntity entity) => entity switch
    {
        SearchEntity.Metric => ("latest_metrics", "m"),
        SearchEntity.Param => ("params", "p"),
        _ => ("tags", "t"),
    };

    private string Value(SearchComparison c) => Add(c.Number is { } number ? number : c.Text);
}
