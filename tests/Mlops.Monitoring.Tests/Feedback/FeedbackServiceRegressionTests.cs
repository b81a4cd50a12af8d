using Mlops.Core.Predictions;
using Mlops.Monitoring.Feedback;

namespace Mlops.Monitoring.Tests.Feedback;

public sealed class FeedbackServiceRegressionTests
{
    private static readonly PredictionOrigin Regression = new("r", 1, "models:/r/1", []);
    private static readonly PredictionOrigin Classifier = new("m", 1, "models:/m/1", ["A", "B"]);

    private readonly InMemoryFeedback store = new(new Dictionary<string, PredictionOrigin>
    {
        ["r1"] = Regression, ["r2"] = Regression, ["r3"] = Regression, ["r4"] = Regression, ["r5"] = Regression, ["r6"] = Regression,
        ["c1"] = Classifier,
    });

    // A regression model's signature has no classes: the resolver answers an empty collection, not null (unknown).
    private static ValueTask<IReadOnlyCollection<string>?> BySignature(PredictionOrigin origin, CancellationToken ct) =>
        ValueTask.FromResult<IReadOnlyCollection<string>?>(origin.LoggedClasses);

    [Fact]
    public async Task Record_FiniteNumbersForRegression_AcceptedAsGiven()
    {
        var items = FeedbackJson.Parse("""[{"prediction_id": "r1", "label": 12.5}, {"prediction_id": "r2", "label": "-3e2"}]"""u8.ToArray());

        var summary = await new FeedbackService(store).RecordAsync(items, BySignature);

        Assert.Equal((2, 2), (summary.Received, summary.Accepted));
        Assert.Equal(new Dictionary<string, string> { ["r1"] = "12.5", ["r2"] = "-3e2" }, store.Labels);
    }

    [Fact]
    public async Task Record_NotAFiniteNumberForRegression_RejectedNamingTheIdAndTheRule()
    {
        var items = FeedbackCsv.Parse(new StringReader("prediction_id,label\nr1,NaN\nr2,Infinity\nr3,Obese\nr4,\nr5,1.5.2\nr6,-∞\nc1,A\n"));

        var summary = await new FeedbackService(store).RecordAsync(items, BySignature);

        Assert.Equal(1, summary.Accepted);
        Assert.Equal(["r1", "r2", "r3", "r5", "r6"], summary.Rejected.Where(r => r.PredictionId != "r4").Select(r => r.PredictionId));
        Assert.All(summary.Rejected.Where(r => r.PredictionId != "r4"), r => Assert.Contains(
            $"of prediction {r.PredictionId} is not a finite number, and model 'r' version 1 is a regression model", r.Reason));
        Assert.Equal(new Dictionary<string, string> { ["c1"] = "A" }, store.Labels);
    }

    [Fact]
    public async Task Record_NumberForClassifier_StillRefusedAsNotAClass()
    {
        var summary = await new FeedbackService(store).RecordAsync(FeedbackJson.Parse("""{"prediction_id": "c1", "label": 1}"""u8.ToArray()), BySignature);

        Assert.Equal("label '1' is not one of the classes of model 'm' version 1: A, B", Assert.Single(summary.Rejected).Reason);
    }
}
