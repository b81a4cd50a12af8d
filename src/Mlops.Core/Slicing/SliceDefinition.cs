using System.Text;
using Mlops.Core.Errors;

namespace Mlops.Core.Slicing;

/// <summary>A named slice of rows. Names are letters, digits, '_' and '-' so that <c>slices.NAME.accuracy</c> is a valid metric key.</summary>
public sealed record SliceDefinition(string Name, RowFilter Filter)
{
    /// <summary>The automatic slice of the rows whose <paramref name="column"/> is <paramref name="value"/>: <c>COLUMN_VALUE</c>.</summary>
    public static SliceDefinition ForValue(string column, string value) =>
        new($"{Safe(column)}_{Safe(value)}", new CellCondition(column) { Is = value });

    public static bool IsValidName(string name) => name.Length > 0 && name.All(IsNameChar);

    /// <summary>The slice as a predicate over rows whose cells are in <paramref name="columns"/> order.</summary>
    public Func<IReadOnlyList<string>, bool> Bind(IReadOnlyList<string> columns)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            index.TryAdd(columns[i], i);
        }
        var unknown = Filter.Columns.Distinct(StringComparer.Ordinal).Where(c => !index.ContainsKey(c)).ToList();
        if (unknown.Count > 0)
        {
            throw MlopsException.Invalid(
                $"slice '{Name}' reads unknown column(s) {string.Join(", ", unknown.Select(u => $"'{u}'"))}; the rows have {string.Join(", ", columns)}");
        }
        return Filter.Bind(index);
    }

    /// <summary>The indices of <paramref name="rows"/> in the slice, ascending.</summary>
    public int[] Select(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var matches = Bind(columns);
        return [.. Enumerable.Range(0, rows.Count).Where(i => matches(rows[i]))];
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    private static string Safe(string text)
    {
        var safe = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            safe.Append(IsNameChar(c) ? c : '_');
        }
        return safe.Length == 0 ? "_" : safe.ToString();
    }
}
