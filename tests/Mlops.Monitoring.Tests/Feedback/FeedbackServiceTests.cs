using Mlops.Core.Predictions;
using Mlops.Monitoring.Feedback;

namespace Mlops.Monitoring.Tests.Feedback;

public sealed class FeedbackServiceTests
{
    private static readonly PredictionOrigin V1 = new("m", 1, "models:/m/1", ["A", "B"]);
    private static readonly PredictionOrigin V2 = new("m", 2, "models:/m/2", ["A", "B", "C"]);

    private readonly InMemoryFeedback store = new(new Dictionary<string, PredictionOrigin> { ["p1"] = V1, ["p2"] = V1, ["p3"] = V2 });

    private static ValueTask<IReadOnlyCollection<string>?> ByVersion(PredictionOrigin origin, CancellationToken ct) =>
        ValueTask.FromResult<IReadOnlyCollection<string>?>(origin.ModelVersion switch { 1 => ["A", "B"], 2 => ["A", "B", "C"], _ => null });

    [Fact]
    public async Task Record_Mix_CountsEachOutcomeAndReasonsInItemOrder()
    {
        var items = FeedbackCsv.Parse(new StringReader("prediction_id,label\np1,A\nnope,A\np2,C\np3,C\np1,B\n,A\n"));

        var summary = await new FeedbackService(store).RecordAsync(items, ByVersion);

        Assert.Equal((6, 2, 1), (summary.Received, summary.Accepted, summary.Replaced));
        Assert.Equal([(2, 3), (3, 4), (6, 7)], summary.Rejected.Select(r => (r.Item + 1, r.Line!.Value)));
        Assert.Equal(["unknown prediction_id 'nope'", "label 'C' is not one of the classes of model 'm' version 1: A, B", "prediction_id is empty"],
            summary.Rejected.Select(r => r.Reason));
        Assert.Equal(new Dictionary<string, string> { ["p1"] = "B", ["p3"] = "C" }, store.Labels);
    }

    [Fact]
    public async Task Record_ClassesUnknown_RejectedSayingSo()
    {
        var summary = await new FeedbackService(store).RecordAsync([Item("p3", "A")], (_, _) => ValueTask.FromResult<IReadOnlyCollection<string>?>(null));

        Assert.Equal("the classes of model 'm' version 2 are not known here, so label 'A' cannot be checked", Assert.Single(summary.Rejected).Reason);
        Assert.Empty(store.Labels);
    }

    [Fact]
    public async Task Record_ManyLabelsOfOneVersion_ResolvesItsClassesOnce()
    {
        var resolved = 0;

        await new FeedbackService(store).RecordAsync([Item("p1", "A"), Item("p2", "B"), Item("p1", "B")], (origin, ct) =>
        {
            resolved++;
            return ByVersion(origin, ct);
        });

        Assert.Equal(1, resolved);
    }

    [Fact]
    public async Task Record_NothingReadable_StoreNotCalled()
    {
        var summary = await new FeedbackService(store).RecordAsync(FeedbackCsv.Parse(new StringReader("prediction_id,label\n,A\n")), ByVersion);

        Assert.Equal(0, store.Calls);
        Assert.False(summary.AllStored);
    }

    private static FeedbackItem Item(string id, string label) => new(0, null, id, new PredictionLabel(id, label));
}
