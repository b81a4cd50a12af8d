using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Inference.Csv;
using Mlops.Training.Data;

namespace Mlops.Training.Models;

/// <summary>
/// Reads and writes feature tables: CSV, header = feature names then <c>label</c>, invariant-culture floats. A one-hot
/// name or a label holding a comma is quoted (<c>"color=red, dark"</c>).
/// </summary>
public static class FeatureTableReader
{
    public const string LabelColumn = "label";

    public static FeatureTable Read(string path)
    {
        if (!File.Exists(path))
        {
            throw MlopsException.NotFound($"Feature table '{path}' does not exist.");
        }

        using var reader = new StreamReader(path);
        var header = (reader.ReadLine() is { } first ? Split(first.TrimEnd('\r')) : null)
            ?? throw MlopsException.Invalid($"Feature table '{path}' is empty: a header line is required.");
        if (header.Length < 2 || header[^1] != LabelColumn)
        {
            throw MlopsException.Invalid(
                $"Feature table '{path}': the last header column must be '{LabelColumn}', found '{header[^1]}'.");
        }

        var width = header.Length - 1;
        var values = new List<float>();
        var labels = new List<string>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            line = line.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var fields = Split(line);
            if (fields.Length != header.Length)
            {
                throw MlopsException.Invalid(
                    $"Feature table '{path}' line {lineNumber}: {fields.Length} fields, expected {header.Length}.");
            }

            for (var c = 0; c < width; c++)
            {
                if (!float.TryParse(fields[c], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                {
                    throw MlopsException.Invalid(
                        $"Feature table '{path}' line {lineNumber}, column '{header[c]}': '{fields[c]}' is not a number.");
                }

                values.Add(v);
            }

            labels.Add(fields[width]);
        }

        return new FeatureTable(header[..width], [.. values], labels);
    }

    public static void Write(FeatureTable table, string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        using var writer = new StreamWriter(path) { NewLine = "\n" };
        writer.WriteLine(CsvWriter.FormatLine([.. table.FeatureNames, LabelColumn]));
        for (var r = 0; r < table.Rows; r++)
        {
            foreach (var v in table.Row(r))
            {
                writer.Write(v.ToString("R", CultureInfo.InvariantCulture));
                writer.Write(',');
            }

            writer.WriteLine(CsvWriter.FormatLine([table.Labels[r]]));
        }
    }

    // Quoted fields are rare (a name or label with a comma), so the plain split stays the fast path.
    private static string[] Split(string line) => line.Contains('"', StringComparison.Ordinal) ? CsvReader.SplitLine(line) : line.Split(',');
}
