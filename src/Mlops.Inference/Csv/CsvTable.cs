
namespace Mlops.Inference.Csv;

/// <summary>A parsed CSV file; <see cref="Header"/> is empty when the file had no header line.</summary>
public sealed record CsvTable(string Source, IReadOnlyList<string> Header, IReadOnlyList<CsvRow> Rows)
{
    /// <summary>The header position of <paramref name="column"/>, or -1.</summary>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Header.Count; i++)
        {
            if (string.Equals(Header[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }
}
