using Microsoft.ML.Data;

namespace Mlops.Inference.Models;

/// <summary>The input row of a saved model: one float vector named Features.</summary>
public sealed class FeatureRow
{
    /// <summary>The name of the one input column of every saved model.</summary>
    public const string Column = nameof(Features);

    public float[] Features { get; set; } = [];

    /// <summary>This row's ML.NET schema with the vector's width fixed (a saved model takes a fixed-size vector).</summary>
    public static SchemaDefinition SchemaFor(int width)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[Column].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        return schema;
    }
}
