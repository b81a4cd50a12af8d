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
    /// <summary>The header position of <paramref name="column"/> (exact, then ignoring case), or -1.</summary>
    public int IndexOf(string column)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            var comparison = pass == 0 ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            for (var i = 0; i < Header.Count; i++)
            {
                if (string.Equals(Header[i], column, comparison))
                {
                    return i;
                }
            }
        }
        return -1;
    }
}
