using Mlops.Core.Predictions;
using Mlops.Serving.Metrics;
using Mlops.Serving.PredictionLogging;

namespace Mlops.Serving.Tests.PredictionLogging;

public sealed class PredictionLogQueueTests
{
    [Fact]
    public void TakeAll_RowsOfTwoVariantsInterleaved_OneBatchPerVariant()
    {
        var queue = new PredictionLogQueue(new ServingOptions { ModelUri = "models:/m/1" }, new ServingMetrics(), TimeProvider.System);
        var champion = Schema("champion");
        var challenger = Schema("challenger");

        for (var i = 0; i < 100; i++)
        {
            Assert.True(queue.TryAdd(i % 2 == 0 ? champion : challenger, [Guid.NewGuid()], 0, [1.0], [0.25f, 0.75f], [1], 1));
        }
        var batches = queue.TakeAll();

        Assert.Equal(2, batches.Count);
        Assert.Equal([50, 50], batches.Select(b => b.Count));
        Assert.Equal(["champion", "challenger"], batches.Select(b => b.Schema.Assignment!.Variant));
    }

    [Fact]
    public void TryAdd_RegressionRows_QueuedWithTheirPredictedValues()
    {
        var queue = new PredictionLogQueue(new ServingOptions { ModelUri = "models:/r/1" }, new ServingMetrics(), TimeProvider.System);
        var schema = new PredictionSchema("r", 1, "models:/r/1", [new PredictionInput("x")], []);

        Assert.True(queue.TryAdd(schema, [Guid.NewGuid(), Guid.NewGuid()], 0, [1.0, 2.0], [12.5f, -3f], [0, 0], 1));
        var batch = Assert.Single(queue.TakeAll());

        Assert.True(batch.IsRegression);
        Assert.Equal([12.5, -3.0], [batch.PredictedValue(0), batch.PredictedValue(1)]);
        Assert.Equal(2, queue.PendingRows);
    }

    private static PredictionSchema Schema(string variant) =>
        new PredictionSchema("m", 1, "models:/m/1", [new PredictionInput("x")], ["a", "b"]) { Assignment = new PredictionAssignment("t", variant, false) };
}
