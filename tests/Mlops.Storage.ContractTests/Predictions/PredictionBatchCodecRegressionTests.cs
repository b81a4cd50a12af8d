using Mlops.Core.Predictions;
using Mlops.Storage.Relational.Predictions;

namespace Mlops.Storage.ContractTests.Predictions;

/// <summary>Format version 2: a regression model's batch, whose output block is one predicted value per row.</summary>
public sealed class PredictionBatchCodecRegressionTests
{
    [Fact]
    public void Encode_RegressionBatch_Version2AndEveryValueBack()
    {
        var batch = Batch([12.5f, -0.1f, float.NaN, 3e7f]);

        var encoded = PredictionBatchCodec.Encode(batch);
        var decoded = PredictionBatchCodec.Decode(encoded);

        Assert.Equal(PredictionBatchCodec.RegressionFormatVersion, encoded[2]);
        Assert.Equal(PredictionBatchCodec.EncodedLength(batch), encoded.Length);
        Assert.True(decoded.IsRegression);
        Assert.Equal([12.5, -0.1, double.NaN, 3e7], Enumerable.Range(0, decoded.Count).Select(decoded.PredictedValue));
        Assert.Equal(batch.AsRecords(), decoded.AsRecords());
        Assert.Equal([12.5, -0.1, null, 3e7], decoded.AsRecords().Select(r => r.Value));
    }

    [Fact]
    public void Decode_Version2WithClasses_Refused()
    {
        var encoded = PredictionBatchCodec.Encode(Batch([1f]));
        var classifier = new PredictionBatch(new PredictionSchema("m", 1, "models:/m/1", [new PredictionInput("x")], ["a"]));
        classifier.Add(Guid.CreateVersion7(), 1, [1.0], [1f], 0, 0);
        var mislabelled = PredictionBatchCodec.Encode(classifier);
        mislabelled[2] = PredictionBatchCodec.RegressionFormatVersion;

        Assert.Equal(1, PredictionBatchCodec.Decode(encoded).Count);
        var e = Assert.Throws<InvalidDataException>(() => PredictionBatchCodec.Decode(mislabelled));
        Assert.Contains("format version 2 claims 1 classes", e.Message, StringComparison.Ordinal);
    }

    private static PredictionBatch Batch(float[] values)
    {
        var batch = new PredictionBatch(new PredictionSchema("m", 2, "models:/m/2", [new PredictionInput("x"), new PredictionInput("c", ["a", "b"])], []));
        for (var r = 0; r < values.Length; r++)
        {
            batch.Add(Guid.CreateVersion7(), 1_700_000_000_000 + r, [r * 1.5, r % 2], [values[r]], 0, 0.25);
        }
        return batch;
    }
}
