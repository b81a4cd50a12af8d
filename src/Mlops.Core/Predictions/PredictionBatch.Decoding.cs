using System.Runtime.InteropServices;

namespace Mlops.Core.Predictions;

public sealed partial class PredictionBatch
{
    /// <summary>Reads <paramref name="rows"/> rows of column blocks (see <see cref="PredictionBatchCodec"/>) into this empty batch.</summary>
    internal void Fill(int rows, ref PayloadReader reader)
    {
        if (rows < 0 || rows > ids.Length)
        {
            throw new InvalidDataException($"A prediction batch claims {rows} rows.");
        }
        MemoryMarshal.Cast<byte, Guid>(reader.Bytes(rows * 16)).CopyTo(ids);
        MemoryMarshal.Cast<byte, long>(reader.Bytes(rows * 8)).CopyTo(times);
        MemoryMarshal.Cast<byte, double>(reader.Bytes(rows * 8)).CopyTo(latencies);
        MemoryMarshal.Cast<byte, int>(reader.Bytes(rows * 4)).CopyTo(predicted);
        MemoryMarshal.Cast<byte, float>(reader.Bytes(rows * 4 * ClassCount)).CopyTo(probabilities);
        var m = InputCount;
        for (var c = 0; c < m; c++)
        {
            var numeric = Schema.Inputs[c].IsNumeric;
            for (var r = 0; r < rows; r++)
            {
                inputs[r * m + c] = numeric ? reader.Double() : PredictionBatchCodec.CategoryValue(reader.UInt16());
            }
        }
        Count = rows;
    }
}
