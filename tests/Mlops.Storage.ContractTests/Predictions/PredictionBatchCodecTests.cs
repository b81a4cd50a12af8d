using System.Buffers.Binary;
using System.Text;
using Mlops.Core.Errors;
using Mlops.Core.Predictions;
using Mlops.Storage.Relational.Predictions;

namespace Mlops.Storage.ContractTests.Predictions;

/// <summary>The stored payload every backend shares; format version 1 is on disk, so its bytes must not change.</summary>
public sealed class PredictionBatchCodecTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(1023)]
    [InlineData(2_500)]
    public void Encode_AnyRowCount_SameBytesAsValueByValueVersion1(int rows)
    {
        var batch = Batch(rows);

        var encoded = PredictionBatchCodec.Encode(batch);

        Assert.Equal(ReferenceVersion1(batch), encoded);
        Assert.Equal(PredictionBatchCodec.EncodedLength(batch), encoded.Length);
    }

    [Fact]
    public void Decode_Version1Payload_EveryRecordBack()
    {
        var batch = Batch(1_500);

        var decoded = PredictionBatchCodec.Decode(ReferenceVersion1(batch));

        Assert.Equal(batch.Count, decoded.Count);
        Assert.Equal(batch.Inputs.ToArray(), decoded.Inputs.ToArray());
        Assert.Equal(batch.AsRecords(), decoded.AsRecords());
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(3)]
    [InlineData(-1)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e12)]
    public void Encode_CategoryNotAnIndex_InvalidNamingRowAndInput(double value)
    {
        var batch = Batch(1_300);
        var inputs = batch.Inputs.ToArray();
        inputs[1_234 * 4 + 1] = value;
        var broken = new PredictionBatch(batch.Schema, batch.Count);
        for (var r = 0; r < batch.Count; r++)
        {
            broken.Add(batch.Ids[r], batch.Times[r], inputs.AsSpan(r * 4, 4), batch.Probabilities.Slice(r * 3, 3), batch.Predicted[r],
                batch.LatenciesMs[r]);
        }

        var e = Assert.Throws<MlopsException>(() => PredictionBatchCodec.Encode(broken));

        Assert.Equal(ErrorCode.InvalidParameterValue, e.Code);
        Assert.Contains("row 1234, input 'Gender'", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Rows with numeric and category inputs, missing values in both, and a category at its largest index.</summary>
    private static PredictionBatch Batch(int rows)
    {
        var schema = new PredictionSchema("m", 3, "models:/m/3",
            [new PredictionInput("Age"), new PredictionInput("Gender", ["Female", "Male", "Other"]), new PredictionInput("Height"),
                new PredictionInput("MTRANS", ["Bike", "Car"])], ["A", "B", "C"]);
        var batch = new PredictionBatch(schema);
        var random = new Random(7);
        for (var r = 0; r < rows; r++)
        {
            double[] inputs = [r % 97 == 0 ? double.NaN : random.NextDouble() * 80, r % 89 == 0 ? double.NaN : r % 3, -0.5 + r, r % 2];
            float[] probabilities = [(float)random.NextDouble(), 0.25f, float.NaN];
            batch.Add(Guid.CreateVersion7(), 1_700_000_000_000 + r, inputs, probabilities, r % 3, r * 0.01);
        }
        return batch;
    }

    /// <summary>Format version 1 written one value at a time, as the first encoder did.</summary>
    private static byte[] ReferenceVersion1(PredictionBatch batch)
    {
        var output = new List<byte>();
        void Int32(int v) => output.AddRange(BitConverter.GetBytes(v));
        void Text(string? s)
        {
            if (s is null)
            {
                Int32(-1);
                return;
            }
            Int32(Encoding.UTF8.GetByteCount(s));
            output.AddRange(Encoding.UTF8.GetBytes(s));
        }
        var schema = batch.Schema;
        output.AddRange([(byte)'P', (byte)'B', 1, 0]);
        Int32(batch.Count);
        Text(schema.ModelName);
        Int32(schema.ModelVersion ?? -1);
        Text(schema.ModelUri);
        Int32(schema.Inputs.Count);
        foreach (var input in schema.Inputs)
        {
            Text(input.Name);
            Int32(input.Categories?.Count ?? -1);
            foreach (var category in input.Categories ?? [])
            {
                Text(category);
            }
        }
        Int32(schema.Classes.Count);
        schema.Classes.ToList().ForEach(Text);
        foreach (var id in batch.Ids)
        {
            output.AddRange(id.ToByteArray());
        }
        foreach (var t in batch.Times)
        {
            output.AddRange(BitConverter.GetBytes(t));
        }
        foreach (var l in batch.LatenciesMs)
        {
            output.AddRange(BitConverter.GetBytes(l));
        }
        foreach (var p in batch.Predicted)
        {
            Int32(p);
        }
        foreach (var p in batch.Probabilities)
        {
            output.AddRange(BitConverter.GetBytes(p));
        }
        var m = batch.InputCount;
        for (var c = 0; c < m; c++)
        {
            for (var r = 0; r < batch.Count; r++)
            {
                var v = batch.Inputs[r * m + c];
                if (schema.Inputs[c].IsNumeric)
                {
                    output.AddRange(BitConverter.GetBytes(v));
                }
                else
                {
                    var bytes = new byte[2];
                    BinaryPrimitives.WriteUInt16LittleEndian(bytes, double.IsNaN(v) ? ushort.MaxValue : (ushort)v);
                    output.AddRange(bytes);
                }
            }
        }
        return [.. output];
    }
}
