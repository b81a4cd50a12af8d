using System.Text;

namespace Mlops.Training.Data;

/// <summary>Writes CSV with LF line endings, quoting only fields that need it, so outputs are byte-stable.</summary>
public static class CsvWriter
{
    public static void WriteFile(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.NewLine = "\n";
        writer.WriteLine(FormatLine(header));
        foreach (var row in rows)
        {
            writer.WriteLine(FormatLine(row));
        }
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
            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                line.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
            }
            else
            {
                line.Append(field);
            }
        }
        return line.ToString();
    }
}
