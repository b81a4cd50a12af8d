using Microsoft.ML;
using Microsoft.ML.Data;

namespace Mlops.Training.Models;

/// <summary>Builds ML.NET data views over a feature table; the label is a key column built here, never in the saved chain.</summary>
internal static class MlData
{
    public const string Features = "Features";
    public const string Label = "Label";

    public static IDataView Labeled(MLContext ml, FeatureTable table, IReadOnlyList<string> classes)
    {
        var labels = table.LabelIndices(classes);
        var rows = new LabeledRow[table.Rows];
        for (var r = 0; r < table.Rows; r++)
        {
            // Measured: a uint key field of a POCO holds the 0-based class index (the data view adds the missing-value offset).
            rows[r] = new LabeledRow { Features = table.Row(r).ToArray(), Label = (uint)labels[r] };
        }

        var schema = SchemaDefinition.Create(typeof(LabeledRow));
        schema[Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, table.Width);
        schema[Label].ColumnType = new KeyDataViewType(typeof(uint), classes.Count);
        return ml.Data.LoadFromEnumerable(rows, schema);
    }

    /// <summary>The schema saved with a model: a single float vector "Features" of the table's width.</summary>
    public static DataViewSchema InputSchema(MLContext ml, int width) =>
        ml.Data.LoadFromEnumerable(Array.Empty<FeatureRow>(), FeatureRowSchema(width)).Schema;

    public static SchemaDefinition FeatureRowSchema(int width)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        return schema;
    }

    internal sealed class LabeledRow
    {
        public float[] Features { get; set; } = [];

        public uint Label { get; set; }
    }
}
