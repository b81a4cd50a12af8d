using System.Buffers;
using System.Runtime.InteropServices;
using Mlops.Core.Predictions;

namespace Mlops.Storage.Relational.Predictions;

public static partial class PredictionBatchCodec
{
    /// <summary>Reads a payload written by <see cref="Encode(PredictionBatch, IBufferWriter{byte})"/>.</summary>
    public static PredictionBatch Decode(ReadOnlySpan<byte> payload) => Decode(payload, null);

    /// <summary>Reads a payload, giving its schema the A/B assignment its row stores beside it (the payload does not hold it).</summary>
    public static PredictionBatch Decode(ReadOnlySpan<byte> payload, PredictionAssignment? assignment)
    {
        RequireLittleEndian();
        if (!IsBatch(payload) || payload[2] is not (FormatVersion or RegressionFormatVersion))
        {
            throw new InvalidDataException($"Not a prediction batch of format version {FormatVersion} or {RegressionFormatVersion}.");
        }
        var hasValues = payload[2] == RegressionFormatVersion;
        var r = new PayloadReader(payload[4..]);
        var n = r.Int32();
        if (n < 0 || n > payload.Length / 16)
        {
            throw new InvalidDataException($"A prediction batch of {payload.Length} bytes claims {n} rows.");
        }
        var modelName = r.String();
        var version = r.Int32();
        var modelUri = r.String() ?? throw new InvalidDataException("A prediction batch has no model URI.");
        var inputCount = r.Int32();
        if (inputCount < 0 || inputCount > payload.Length / 4)
        {
            throw new InvalidDataException($"A prediction batch of {payload.Length} bytes claims {inputCount} inputs.");
        }
        var inputs = new PredictionInput[inputCount];
        for (var i = 0; i < inputs.Length; i++)
        {
            var name = r.String() ?? "";
            var count = r.Int32();
            if (count > payload.Length / 4)
            {
                throw new InvalidDataException($"A prediction batch of {payload.Length} bytes claims {count} categories for input '{name}'.");
            }
            string[]? categories = count < 0 ? null : new string[count];
            for (var c = 0; c < count; c++)
            {
                categories![c] = r.String() ?? "";
            }
            inputs[i] = new PredictionInput(name, categories);
        }
        var classCount = r.Int32();
        if (classCount < 0 || classCount > payload.Length / 4)
        {
            throw new InvalidDataException($"A prediction batch of {payload.Length} bytes claims {classCount} classes.");
        }
        if (hasValues != (classCount == 0))
        {
            throw new InvalidDataException($"A prediction batch of format version {payload[2]} claims {classCount} classes.");
        }
        var classes = new string[classCount];
        for (var c = 0; c < classes.Length; c++)
        {
            classes[c] = r.String() ?? "";
        }
        var batch = new PredictionBatch(new PredictionSchema(modelName, version < 0 ? null : version, modelUri, inputs, classes)
        {
            Assignment = assignment,
        }, Math.Max(1, n));
        Fill(batch, n, ref r);
        return batch;
    }

    /// <summary>Reads <paramref name="rows"/> rows of column blocks into the empty <paramref name="batch"/>.</summary>
    private static void Fill(PredictionBatch batch, int rows, ref PayloadReader reader)
    {
        var ids = MemoryMarshal.Cast<byte, Guid>(reader.Bytes(rows * 16));
        var times = MemoryMarshal.Cast<byte, long>(reader.Bytes(rows * 8));
        var latencies = MemoryMarshal.Cast<byte, double>(reader.Bytes(rows * 8));
        var predicted = MemoryMarshal.Cast<byte, int>(reader.Bytes(rows * 4));
        var probabilities = MemoryMarshal.Cast<byte, float>(reader.Bytes(rows * 4 * batch.OutputWidth));
        var m = batch.InputCount;
        // The payload holds inputs column by column; the batch holds them row by row: a strided scatter per column block
        // (value-by-value reads through PayloadReader cost ~50 ns each, a tenth of a second per 100,000 rows of 16 inputs).
        var inputs = ArrayPool<double>.Shared.Rent(Math.Max(1, rows * m));
        try
        {
            for (var c = 0; c < m; c++)
            {
                var target = inputs.AsSpan(c);
                if (batch.Schema.Inputs[c].IsNumeric)
                {
                    var column = MemoryMarshal.Cast<byte, double>(reader.Bytes(rows * 8));
                    for (var row = 0; row < column.Length; row++)
                    {
                        target[row * m] = column[row];
                    }
                }
                else
                {
                    var column = MemoryMarshal.Cast<byte, ushort>(reader.Bytes(rows * 2));
                    for (var row = 0; row < column.Length; row++)
                    {
                        target[row * m] = CategoryValue(column[row]);
                    }
                }
            }
            batch.AddRows(ids, times, latencies, predicted, probabilities, inputs.AsSpan(0, rows * m));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(inputs);
        }
    }
}
