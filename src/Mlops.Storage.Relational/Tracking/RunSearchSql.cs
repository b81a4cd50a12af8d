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
    public abstract string OrderBy(SearchOrder order);
}
