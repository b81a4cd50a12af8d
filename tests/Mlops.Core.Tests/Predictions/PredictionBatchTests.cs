using Mlops.Core.Predictions;

namespace Mlops.Core.Tests.Predictions;

public sealed class PredictionBatchTests
{
    private static readonly PredictionSchema Schema = new("m", 1, "models:/m/1", [new PredictionInput("Age"), new PredictionInput("Sex", ["F", "M"])],
        ["A", "B"]);

    [Fact]
    public void AddRows_PerRowTimesAndLatencies_KeptPerRowAfterEarlierRows()
    {
        var batch = new PredictionBatch(Schema, capacity: 1);
        batch.Add(Guid.CreateVersion7(), 5, [30, 1], [0.9f, 0.1f], 0, 2.5);
        Guid[] ids = [Guid.CreateVersion7(), Guid.CreateVersion7()];

        batch.AddRows(ids, [10, 20], [1.5, 3.5], [1, 0], [0.2f, 0.8f, 0.6f, 0.4f], [40, 0, 50, double.NaN]);

        Assert.Equal(3, batch.Count);
        Assert.Equal([5L, 10, 20], batch.Times.ToArray());
        Assert.Equal([2.5, 1.5, 3.5], batch.LatenciesMs.ToArray());
        Assert.Equal([0, 1, 0], batch.Predicted.ToArray());
        Assert.Equal(ids, batch.Ids[1..].ToArray());
        Assert.Equal([30, 1, 40, 0, 50, double.NaN], batch.Inputs.ToArray());
        Assert.Equal("""{"Age":50,"Sex":null}""", batch.ToRecord(2).InputsJson);
    }

    [Fact]
    public void AddRows_TimesShorterThanIds_ArgumentExceptionAndNothingAdded()
    {
        var batch = new PredictionBatch(Schema);

        var e = Assert.Throws<ArgumentException>(() => batch.AddRows([Guid.CreateVersion7(), Guid.CreateVersion7()], [10], [1, 2], [0, 0],
            [0.5f, 0.5f, 0.5f, 0.5f], [1, 0, 2, 1]));

        Assert.Contains("2 row(s) need 2 times and latencies; got 1 and 2", e.Message);
        Assert.Equal(0, batch.Count);
    }
}
