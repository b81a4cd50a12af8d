using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Inference.Csv;
using Mlops.Training.Data;

namespace Mlops.Training.Features;

/// <summary>A materialized feature table: header = feature names then <c>label</c>; floats in invariant round-trip form.</summary>
public sealed record FeatureTable(IReadOnlyList<string> FeatureNames, float[][] Features, string[] Labels)
{
    public const string LabelColumn = "label";

    public static FeatureTable Load(string csvPath)
    {
        var table = CsvReader.ReadFile(csvPath);
        if (table.Header.Count < 2 || table.Header[^1] != LabelColumn)
        {
            throw MlopsException.Invalid($"{csvPath}: a feature table's header must end with '{LabelColumn}'");
        }
        var width = table.Header.Count - 1;
        var features = new float[table.Rows.Count][];
        var labels = new string[table.Rows.Count];
        foreach (var row in table.Rows)
        {
            if (row.Fields.Length != width + 1)
            {
                throw MlopsException.Invalid($"{csvPath}: line {row.Line} has {row.Fields.Length} fields, expected {width + 1}");
            }
            var values = new float[width];
            for (var i = 0; i < width; i++)
            {
                values[i] = float.TryParse(row.Fields[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v
                    : throw MlopsException.Invalid($"{csvPath}: line {row.Line}, column '{table.Header[i]}': '{row.Fields[i]}' is not a number");
            }
            features[row.Row - 1] = values;
            labels[row.Row - 1] = row.Fields[width];
        }
        return new FeatureTable([.. table.Header.Take(width)], features, labels);
    }

    public void Save(string csvPath) => CsvWriter.WriteFile(csvPath, [.. FeatureNames, LabelColumn],
        Features.Select((row, r) => (IReadOnlyList<string>)[.. row.Select(Format), Labels[r]]));

    public static string Format(float value) => value.ToString("R", CultureInfo.InvariantCulture);
}
