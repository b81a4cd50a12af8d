using Mlops.Core.AbTesting;
using Mlops.Core.Predictions;

namespace Mlops.Lifecycle.Tests.Retraining;

/// <summary>Answered, labelled predictions of one variant of a running A/B test, right for a given share of them.</summary>
public static class AbTraffic
{
    public static async Task AppendAsync(IPredictionLog log, IPredictionFeedback feedback, AbTest test, AbVariant variant, int rows, double correctShare)
    {
        var schema = new PredictionSchema(test.ModelName, variant.Version, $"models:/{test.ModelName}/{variant.Version}",
            [new PredictionInput("x")], ["a", "b"]) { Assignment = new PredictionAssignment(test.Id, variant.Name, false) };
        var batch = new PredictionBatch(schema, rows);
        for (var i = 0; i < rows; i++)
        {
            var time = test.StartedAt.AddSeconds(1 + i);
            batch.Add(Guid.CreateVersion7(time), time.ToUnixTimeMilliseconds(), [i], [0.9f, 0.1f], 0, 1);
        }
        await log.AppendAsync(batch);
        var right = (int)Math.Round(rows * correctShare);
        var labels = Enumerable.Range(0, rows).Select(i => new PredictionLabel(batch.Ids[i].ToString(), i < right ? "a" : "b")).ToList();
        await feedback.RecordLabelsAsync(labels, (_, _, _) => ValueTask.FromResult<string?>(null));
    }
}
