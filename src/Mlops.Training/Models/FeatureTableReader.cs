using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Inference.Csv;

namespace Mlops.Training.Models;

/// <summary>Reads and writes feature tables: CSV, header = feature names then <c>label</c>, invariant-culture floats.</summary>
public static class FeatureTableReader
{
    public const string LabelColumn = "label";

    /// <summary>
    /// Streams the file once; values gather in fixed-size chunks copied once into the table's array (never more than two
    /// copies), and each label string is shared by all rows of its class.
    /// </summary>
    public static FeatureTable Read(string path)
    {
        if (!File.Exists(path))
        {
            throw MlopsException.NotFound($"Feature table '{path}' does not exist.");
        }

        using var records = CsvRecordReader.OpenFile(path);
        var header = records.MoveNext() ? records.Fields()
            : throw MlopsException.Invalid($"Feature table '{path}' is empty: a header line is required.");
        if (header.Length < 2 || header[^1] != LabelColumn)
        {
            throw MlopsException.Invalid(
                $"Feature table '{path}': the last header column must be '{LabelColumn}', found '{header[^1]}'.");
        }

        var width = header.Length - 1;
        var values = new FloatChunks();
        var labels = new List<string>();
        var shared = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        while (records.MoveNext())
        {
            if (records.FieldCount != header.Length)
            {
                throw MlopsException.Invalid(
                    $"Feature table '{path}' line {records.Line}: {records.FieldCount} fields, expected {header.Length}.");
            }

            for (var c = 0; c < width; c++)
            {
                var field = records.Field(c);
                values.Add(float.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v
                    : throw MlopsException.Invalid(
                        $"Feature table '{path}' line {records.Line}, column '{header[c]}': '{field.ToString()}' is not a number."));
            }

            var label = records.Field(width);
            if (!shared.TryGetValue(label, out var text))
            {
                text = label.ToString();
                shared[label] = text;
            }
            labels.Add(text);
        }

        return new FeatureTable(header[..width], values.ToArray(), labels);
    }

    public static void Write(FeatureTable table, string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        using var writer = new StreamWriter(path) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', table.FeatureNames.Append(LabelColumn)));
        for (var r = 0; r < table.Rows; r++)
        {
            foreach (var v in table.Row(r))
            {
                writer.Write(v.ToString("R", CultureInfo.InvariantCulture));
                writer.Write(',');
            }

            writer.WriteLine(table.Labels[r]);
        }
    }
}
