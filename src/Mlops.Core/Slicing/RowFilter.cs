namespace Mlops.Core.Slicing;

/// <summary>
/// A condition on one row's raw cells, naming columns: bound once to a column order, then tested on each row. Generic
/// on purpose: slices of an evaluation and of a monitoring window use the same filters.
/// </summary>
public abstract record RowFilter
{
    /// <summary>The columns the filter reads, possibly repeated.</summary>
    public abstract IEnumerable<string> Columns { get; }

    /// <summary>The filter as a predicate over rows whose cells follow <paramref name="columnIndex"/>; every column must be in it.</summary>
    public abstract Func<IReadOnlyList<string>, bool> Bind(IReadOnlyDictionary<string, int> columnIndex);
}
