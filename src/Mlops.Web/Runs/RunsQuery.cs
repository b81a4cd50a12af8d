using Microsoft.AspNetCore.Http;

namespace Mlops.Web.Runs;

/// <summary>
/// What the runs page shows, all of it in the query string so every view is a link: experiments (<c>exp</c>), an
/// MLflow filter (<c>filter</c>), one order_by clause (<c>order</c>), chosen columns (<c>col</c>, repeated) and the
/// page token (<c>page</c>).
/// </summary>
public sealed record RunsQuery(IReadOnlyList<string> Experiments, string? Filter, string? Order, IReadOnlyList<string> Columns, string? Page)
{
    public const int PageSize = 100;

    /// <summary>The order when none is chosen: newest first, as MLflow's UI.</summary>
    public const string DefaultOrder = "attributes.start_time DESC";

    public string EffectiveOrder => string.IsNullOrWhiteSpace(Order) ? DefaultOrder : Order;

    /// <summary>The order after clicking the header of <paramref name="orderKey"/>: descending first, then toggling.</summary>
    public RunsQuery SortedBy(string orderKey) =>
        this with { Order = EffectiveOrder == orderKey + " DESC" ? orderKey + " ASC" : orderKey + " DESC", Page = null };

    /// <summary>The arrow shown beside a sorted column's header, or empty.</summary>
    public string ArrowFor(string orderKey) =>
        EffectiveOrder == orderKey + " DESC" ? " ▼" : EffectiveOrder == orderKey + " ASC" ? " ▲" : "";

    public RunsQuery AtPage(string? token) => this with { Page = token };

    public string Url()
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        pairs.AddRange(Experiments.Select(e => new KeyValuePair<string, string?>("exp", e)));
        Add(pairs, "filter", Filter);
        Add(pairs, "order", Order);
        pairs.AddRange(Columns.Select(c => new KeyValuePair<string, string?>("col", c)));
        Add(pairs, "page", Page);
        return UiRoutes.Runs + QueryString.Create(pairs).ToUriComponent();
    }

    private static void Add(List<KeyValuePair<string, string?>> pairs, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            pairs.Add(new(name, value));
        }
    }
}
