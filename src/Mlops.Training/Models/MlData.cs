using Microsoft.ML;
using Microsoft.ML.Data;
using Mlops.Inference.Models;

namespace Mlops.Training.Models;

/// <summary>Builds ML.NET data views over a feature table; the label (a class key, or a number) is built here, never in the saved chain.</summary>
internal static class MlData
{
    public const string Features = FeatureRow.Column;
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

    /// <summary>The table with its labels as numbers, for a regression trainer.</summary>
    public static IDataView Valued(MLContext ml, FeatureTable table)
    {
        var labels = table.LabelValues();
        var rows = new ValuedRow[table.Rows];
        for (var r = 0; r < table.Rows; r++)
        {
            rows[r] = new ValuedRow { Features = table.Row(r).ToArray(), Label = labels[r] };
        }

        var schema = SchemaDefinition.Create(typeof(ValuedRow));
        schema[Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, table.Width);
        return ml.Data.LoadFromEnumerable(rows, schema);
    }

    internal sealed class ValuedRow
    {
        public float[] Features { get; set; } = [];

        public float Label { get; set; }
    }

    internal sealed class LabeledRow
    {
        public float[] Features { get; set; } = [];

        public uint Label { get; set; }
    }
}
