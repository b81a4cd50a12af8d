namespace Mlops.Training.Init;

/// <summary>
/// A user's CSV as read by <c>mlops init</c>: cleaned header names, trimmed fields per data row with the file line
/// each starts on, the delimiter found, and what was normalized on the way (a BOM, CRLF, renamed headers).
/// </summary>
public sealed record RawCsvTable(
    string Source,
    char Delimiter,
    IReadOnlyList<string> Header,
    IReadOnlyList<string[]> Rows,
    IReadOnlyList<int> RowLines,
    IReadOnlyList<string> Notes)
{
    /// <summary>The header position of <paramref name="column"/> (exact, then ignoring case, then ignoring accents too), or -1.</summary>
    public int IndexOf(string column)
    {
        var index = IndexOf(h => string.Equals(h, column, StringComparison.Ordinal));
        index = index >= 0 ? index : IndexOf(h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));
        var folded = AsciiFold.Of(column);
        return index >= 0 ? index : IndexOf(h => string.Equals(AsciiFold.Of(h), folded, StringComparison.OrdinalIgnoreCase));
    }

    private int IndexOf(Func<string, bool> match)
    {
        for (var i = 0; i < Header.Count; i++)
        {
            if (match(Header[i]))
            {
                return i;
            }
        }
        return -1;
    }
}
