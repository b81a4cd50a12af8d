using System.Text;

namespace Mlops.Training.Data;

/// <summary>Writes CSV with LF line endings, quoting only fields that need it, so outputs are byte-stable.</summary>
public static class CsvWriter
{
    public static void WriteFile(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var writer = Open(path, header);
        foreach (var row in rows)
        {
            writer.WriteLine(FormatLine(row));
        }
    }

    /// <summary>Creates the file (and its folder) with <paramref name="header"/> written, for callers that stream rows with <see cref="FormatLine"/>.</summary>
    public static StreamWriter Open(string path, IReadOnlyList<string> header)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }
        var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        writer.WriteLine(FormatLine(header));
        return writer;
    }

    public static string FormatLine(IReadOnlyList<string> fields)
    {
        var line = new StringBuilder();
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }
            AppendField(line, fields[i]);
        }
        return line.ToString();
    }

    /// <summary>Appends one field, quoted (quotes doubled) only when it holds a comma, a quote or a line break.</summary>
    public static void AppendField(StringBuilder line, string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
        {
            line.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
        }
        else
        {
            line.Append(field);
        }
    }
}
