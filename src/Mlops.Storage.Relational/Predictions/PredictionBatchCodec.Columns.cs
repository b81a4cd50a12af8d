using System.Runtime.InteropServices;
using Mlops.Core.Predictions;

namespace Mlops.Storage.Relational.Predictions;

public static partial class PredictionBatchCodec
{
    // Rows per tile of the input transpose: 1,024 rows of 16 inputs (128 KiB) stay in L2 while every column reads them.
    private const int TileRows = 1024;

    /// <summary>
    /// Writes the row-major inputs as one block per column: a strided gather of doubles, or checked 16-bit category
    /// indexes. Value-by-value writes through <see cref="PayloadWriter"/> cost ~300 ns a row; this is a plain transpose.
    /// </summary>
    private static void WriteInputColumns(PredictionBatch batch, Span<byte> destination)
    {
        var n = batch.Count;
        var m = batch.InputCount;
        var inputs = batch.Schema.Inputs;
        ReadOnlySpan<double> values = batch.Inputs;
        Span<int> offsets = m <= 256 ? stackalloc int[m] : new int[m];
        var offset = 0;
        for (var c = 0; c < m; c++)
        {
            offsets[c] = offset;
            offset += n * (inputs[c].IsNumeric ? 8 : 2);
        }
        for (var start = 0; start < n; start += TileRows)
        {
            var rows = Math.Min(TileRows, n - start);
            for (var c = 0; c < m; c++)
            {
                var source = values[(start * m + c)..];
                if (inputs[c].Categories is { } categories)
                {
                    var target = MemoryMarshal.Cast<byte, ushort>(destination.Slice(offsets[c] + start * 2, rows * 2));
                    WriteCategories(source, m, target, Math.Min(categories.Count, MissingCategory), start, inputs[c].Name);
                }
                else
                {
                    var target = MemoryMarshal.Cast<byte, double>(destination.Slice(offsets[c] + start * 8, rows * 8));
                    for (var r = 0; r < target.Length; r++)
                    {
                        target[r] = source[r * m];
                    }
                }
            }
        }
    }

    private static void WriteCategories(ReadOnlySpan<double> source, int stride, Span<ushort> target, int count, int firstRow, string input)
    {
        for (var r = 0; r < target.Length; r++)
        {
            var v = source[r * stride];
            // Conversions saturate (NaN -> 0), so only an exact small integer passes; NaN and errors take the slow path.
            var index = (int)v;
            target[r] = index == v && (uint)index < (uint)count ? (ushort)index : CategoryIndex(v, count, firstRow + r, input);
        }
    }

    /// <summary>The encoded size of one row's inputs.</summary>
    private static int InputRowLength(PredictionSchema schema)
    {
        var length = 0;
        foreach (var input in schema.Inputs)
        {
            length += input.IsNumeric ? 8 : 2;
        }
        return length;
    }
}
