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

    private static PredictionSchema Schema(string variant) =>
        new PredictionSchema("m", 1, "models:/m/1", [new PredictionInput("x")], ["a", "b"]) { Assignment = new PredictionAssignment("t", variant, false) };
}
