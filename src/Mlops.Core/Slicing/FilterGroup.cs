namespace Mlops.Core.Slicing;

/// <summary>
/// Filters joined by "and" (<see cref="RequireAll"/>: every one holds, also when there is none) or by "or" (at least
/// one holds).
/// </summary>
public sealed record FilterGroup(bool RequireAll, IReadOnlyList<RowFilter> Filters) : RowFilter
{
    public static FilterGroup AllOf(IReadOnlyList<RowFilter> filters) => new(RequireAll: true, filters);

    public static FilterGroup AnyOf(IReadOnlyList<RowFilter> filters) => new(RequireAll: false, filters);

    public override IEnumerable<string> Columns => Filters.SelectMany(f => f.Columns);

    public override Func<IReadOnlyList<string>, bool> Bind(IReadOnlyDictionary<string, int> columnIndex)
    {
        var bound = Filters.Select(f => f.Bind(columnIndex)).ToArray();
        return RequireAll ? row => Array.TrueForAll(bound, f => f(row)) : row => Array.Exists(bound, f => f(row));
    }
}
