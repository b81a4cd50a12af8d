namespace Mlops.Core.Slicing;

/// <summary>Holds when <see cref="Filter"/> does not.</summary>
public sealed record NotFilter(RowFilter Filter) : RowFilter
{
    public override IEnumerable<string> Columns => Filter.Columns;

    public override Func<IReadOnlyList<string>, bool> Bind(IReadOnlyDictionary<string, int> columnIndex)
    {
        var bound = Filter.Bind(columnIndex);
        return row => !bound(row);
    }
}
