using Microsoft.ML;
using Microsoft.ML.Data;
using Mlops.Inference.Models;

namespace Mlops.Training.Models;

/// <summary>Builds ML.NET data views over a feature table; the label is a key column built here, never in the saved chain.</summary>
internal static class MlData
{
    public const string Features = FeatureRow.Column;
    public const string Label = "Label";

    public static IDataView Labeled(MLContext ml, FeatureTable table, IReadOnlyList<string> classes)
    {
        var schema = SchemaDefinition.Create(typeof(LabeledRow));
        schema[Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, table.Width);
        schema[Label].ColumnType = new KeyDataViewType(typeof(uint), classes.Count);
        // Streamed, not a list: each pass reads the table itself, so the view holds no copy of it.
        return ml.Data.LoadFromEnumerable(Rows(table, table.LabelIndices(classes)), schema);
    }

    /// <summary>One row object per pass, refilled per row: the data view copies its values out before moving on.</summary>
    private static IEnumerable<LabeledRow> Rows(FeatureTable table, int[] labels)
    {
        var row = new LabeledRow { Features = new float[table.Width] };
        for (var r = 0; r < table.Rows; r++)
        {
            table.Row(r).CopyTo(row.Features);
            // Measured: a uint key field of a POCO holds the 0-based class index (the data view adds the missing-value offset).
            row.Label = (uint)labels[r];
            yield return row;
        }
    }

    internal sealed class LabeledRow
    {
        public float[] Features { get; set; } = [];

        public uint Label { get; set; }
    }
}
