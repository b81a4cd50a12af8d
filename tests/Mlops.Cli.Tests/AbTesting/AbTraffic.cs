using Mlops.Cli.Tests.Support;
using Mlops.Core.Predictions;

namespace Mlops.Cli.Tests.AbTesting;

/// <summary>
/// Predictions of an A/B test logged straight into a workspace's store, as a server in the test would log them: every
/// one predicts class A, and the first <c>correct</c> of them are labelled A (right), the rest B (wrong).
/// </summary>
internal static class AbTraffic
{
    public static async Task LogAsync(Workspace ws, string testId, string variant, int version, int count, int correct)
    {
        using var store = StoreProbe.Open(ws);
        var schema = new PredictionSchema(SeededStore.Model, version, $"models:/{SeededStore.Model}@champion",
            [new PredictionInput("Age")], ["A", "B"]) { Assignment = new PredictionAssignment(testId, variant, Shadow: false) };
        var batch = new PredictionBatch(schema, count);
        var now = DateTimeOffset.FromUnixTimeMilliseconds(TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds());
        var ids = Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7(now)).ToArray();
        foreach (var id in ids)
        {
            batch.Add(id, now.ToUnixTimeMilliseconds(), [30], [0.9f, 0.1f], 0, 1.0);
        }
        await store.PredictionLog.AppendAsync(batch);
        var labels = ids.Select((id, i) => new PredictionLabel(id.ToString(), i < correct ? "A" : "B")).ToList();
        var outcomes = await store.PredictionLog.RecordLabelsAsync(labels, (_, _, _) => ValueTask.FromResult<string?>(null));
        Assert.All(outcomes, o => Assert.Equal(LabelStatus.Accepted, o.Status));
    }
}
