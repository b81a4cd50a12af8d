using System.Buffers;
using System.Runtime.InteropServices;
using Mlops.Core.Errors;
using Mlops.Core.Predictions;

namespace Mlops.Storage.Relational.Predictions;

/// <summary>
/// The stored form of a <see cref="PredictionBatch"/>: a self-describing little-endian payload, "PB" and a format
/// version, the schema (model, inputs with their categories, classes), then one block per column (ids, times,
/// latencies, predicted indexes, probabilities, and each input: doubles, or 16-bit category indexes with 0xFFFF for
/// missing). About 140 bytes per prediction of a 16-input, 7-class model, and encoding is little more than copying.
/// Version 2 is a regression model's batch (no classes): its output block holds one float per row, the predicted value.
/// A classifier's batch is still written as version 1, so readers of version 1 read it; both versions are read.
/// </summary>
public static partial class PredictionBatchCodec
{
    public const byte FormatVersion = 1;

    /// <summary>The version of a regression model's batch: version 1 with one predicted value per row in the output block.</summary>
    public const byte RegressionFormatVersion = 2;
    private const ushort MissingCategory = ushort.MaxValue;

    /// <summary>True when <paramref name="payload"/> starts like an encoded batch (any version).</summary>
    public static bool IsBatch(ReadOnlySpan<byte> payload) => payload.Length >= 3 && payload[0] == (byte)'P' && payload[1] == (byte)'B';

    /// <summary>
    /// Writes <paramref name="batch"/> into <paramref name="destination"/> (at least <see cref="EncodedLength"/> bytes) and
    /// returns the bytes written; a category value that is not an index of its input fails.
    /// </summary>
    public static int Encode(PredictionBatch batch, Span<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(batch);
        RequireLittleEndian();
        var schema = batch.Schema;
        var n = batch.Count;
        var w = new PayloadWriter(destination);
        w.Bytes([(byte)'P', (byte)'B', batch.IsRegression ? RegressionFormatVersion : FormatVersion, 0]);
        w.Int32(n);
        w.String(schema.ModelName);
        w.Int32(schema.ModelVersion ?? -1);
        w.String(schema.ModelUri);
        w.Int32(schema.Inputs.Count);
        foreach (var input in schema.Inputs)
        {
            w.String(input.Name);
            w.Int32(input.Categories?.Count ?? -1);
            foreach (var category in input.Categories ?? [])
            {
                w.String(category);
            }
        }
        w.Int32(schema.Classes.Count);
        foreach (var name in schema.Classes)
        {
            w.String(name);
        }
        w.Bytes(MemoryMarshal.AsBytes(batch.Ids));
        w.Bytes(MemoryMarshal.AsBytes(batch.Times));
        w.Bytes(MemoryMarshal.AsBytes(batch.LatenciesMs));
        w.Bytes(MemoryMarshal.AsBytes(batch.Predicted));
        w.Bytes(MemoryMarshal.AsBytes(batch.Probabilities));
        WriteInputColumns(batch, destination[w.Position..]);
        return w.Position + n * InputRowLength(schema);
    }

    /// <summary>Writes <paramref name="batch"/> into <paramref name="output"/>.</summary>
    public static void Encode(PredictionBatch batch, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Advance(Encode(batch, output.GetSpan(EncodedLength(batch))));
    }

    /// <summary>The encoded form of <paramref name="batch"/> in a new array.</summary>
    public static byte[] Encode(PredictionBatch batch)
    {
        var output = new ArrayBufferWriter<byte>(EncodedLength(batch));
        Encode(batch, output);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>The exact size of <paramref name="batch"/> encoded.</summary>
    public static int EncodedLength(PredictionBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var s = batch.Schema;
        var header = 4 + 4 + Text(s.ModelName) + 4 + Text(s.ModelUri) + 4 + s.Classes.Sum(Text) + 4
            + s.Inputs.Sum(i => Text(i.Name) + 4 + (i.Categories?.Sum(Text) ?? 0));
        return header + batch.Count * (16 + 8 + 8 + 4 + 4 * batch.OutputWidth + InputRowLength(s));

        static int Text(string? value) => 4 + (value is null ? 0 : System.Text.Encoding.UTF8.GetByteCount(value));
    }

    private static ushort CategoryIndex(double value, int count, int row, string input)
    {
        if (double.IsNaN(value))
        {
            return MissingCategory;
        }
        if (value < 0 || value >= Math.Min(count, MissingCategory) || value != Math.Floor(value))
        {
            throw MlopsException.Invalid($"Prediction row {row}, input '{input}': {value} is not the index of one of its {count} categories.");
        }
        return (ushort)value;
    }

    private static double CategoryValue(ushort index) => index == MissingCategory ? double.NaN : index;

    private static void RequireLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The prediction batch format is little-endian.");
        }
    }
}
