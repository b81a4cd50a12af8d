using System.Text;
using Mlops.Core.Errors;

namespace Mlops.Inference.Csv;

/// <summary>
/// Reads comma-separated files with a header row, CRLF or LF line endings, and simple double-quoted fields
/// (no line breaks inside quotes). Fields are trimmed; blank lines are skipped but still counted as file lines.
/// </summary>
public static class CsvReader
{
    public static CsvTable ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw MlopsException.NotFound($"CSV file '{path}' does not exist");
        }
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    public static CsvTable Read(TextReader reader, string source)
    {
        string[] header = [];
        var rows = new List<CsvRow>();
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            var fields = SplitLine(text);
            if (header.Length == 0)
            {
                header = fields;
            }
            else
            {
                rows.Add(new CsvRow(rows.Count + 1, line, fields));
            }
        }
        return new CsvTable(source, header, rows);
    }

    public static string[] SplitLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.ToString().Trim().Length == 0)
            {
                field.Clear();
                inQuotes = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString().Trim());
        return [.. fields];
    }
}
