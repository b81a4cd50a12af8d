using System.Text;

namespace Mlops.Web.Runs;

/// <summary>
/// The first rows of a CSV text as cells, for a preview: quoted fields (doubled quotes, embedded separators) are read,
/// a newline inside quotes ends the row (a preview need not be exact there). A last line without a newline is kept only
/// when <paramref name="complete"/> says the text is the whole file, not a cut start.
/// </summary>
public static class CsvPreview
{
    public static IReadOnlyList<IReadOnlyList<string>> FirstRows(string text, int maxRows, char separator = ',', bool complete = true)
    {
        var lines = text.Split('\n');
        var usable = complete || lines.Length == 0 ? lines : lines[..^1];
        return [.. usable.Where(line => line.TrimEnd('\r').Length > 0).Take(maxRows).Select(line => Fields(line.TrimEnd('\r'), separator))];
    }

    private static IReadOnlyList<string> Fields(string line, char separator)
    {
        var fields = new List<string>();
        var position = 0;
        while (position <= line.Length)
        {
            fields.Add(position < line.Length && line[position] == '"'
                ? Quoted(line, ref position, separator)
                : Plain(line, ref position, separator));
        }
        return fields;
    }

    private static string Plain(string line, ref int position, char separator)
    {
        var end = line.IndexOf(separator, position);
        var field = end < 0 ? line[position..] : line[position..end];
        position = end < 0 ? line.Length + 1 : end + 1;
        return field;
    }

    private static string Quoted(string line, ref int position, char separator)
    {
        var field = new StringBuilder();
        for (position++; position < line.Length; position++)
        {
            var doubled = line[position] == '"' && position + 1 < line.Length && line[position + 1] == '"';
            if (line[position] == '"' && !doubled)
            {
                break;
            }
            field.Append(line[position]);
            position += doubled ? 1 : 0;
        }
        // Skip the closing quote and anything up to the next separator.
        var next = line.IndexOf(separator, Math.Min(position, line.Length));
        position = next < 0 ? line.Length + 1 : next + 1;
        return field.ToString();
    }
}
