using System.Text;

namespace Mlops.Inference.Csv;

/// <summary>
/// Reads comma-separated files with a header row, CRLF or LF line endings, and simple double-quoted fields
/// (no line breaks inside quotes). Fields are trimmed; blank lines are skipped but still counted as file lines.
/// </summary>
public static class CsvReader
{
    public static CsvTable ReadFile(string path)
    {
        using var records = CsvRecordReader.OpenFile(path);
        return Read(records, path);
    }

    public static CsvTable Read(TextReader reader, string source)
    {
        using var records = CsvRecordReader.Open(reader);
        return Read(records, source);
    }

    private static CsvTable Read(CsvRecordReader records, string source)
    {
        string[] header = [];
        var rows = new List<CsvRow>();
        while (records.MoveNext())
        {
            if (header.Length == 0)
            {
                header = records.Fields();
            }
            else
            {
                rows.Add(new CsvRow(rows.Count + 1, records.Line, records.Fields()));
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
