using Mlops.Core.Errors;
using Mlops.Core.Predictions;

namespace Mlops.Storage.ContractTests;

/// <summary>Behaviour every <see cref="IPredictionFeedback"/> backend must share; each test labels a model of its own.</summary>
public abstract partial class PredictionFeedbackContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Accepts a label that is one of the classes logged with the prediction.</summary>
    protected static readonly LabelCheck LoggedClasses = (label, origin, _) => ValueTask.FromResult(origin.LoggedClasses.Contains(label.Label)
        ? null
        : $"label '{label.Label}' is not one of the classes of model '{origin.ModelName}' version {origin.ModelVersion}");

    protected IPredictionLog Log { get; private set; } = null!;

    protected IPredictionFeedback Feedback { get; private set; } = null!;

    protected string Model { get; } = $"model_{Guid.NewGuid():N}";

    /// <summary>A log and its feedback store whose clock moves one second per reading.</summary>
    protected abstract Task<(IPredictionLog Log, IPredictionFeedback Feedback)> CreateAsync(TimeProvider time);

    protected virtual Task DisposeStoreAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => (Log, Feedback) = await CreateAsync(new SteppingTime(Start.AddDays(1)));

    Task IAsyncLifetime.DisposeAsync() => DisposeStoreAsync();

    [ContractFact]
    public async Task Record_LoggedPrediction_AcceptedAndListedWithItsPrediction()
    {
        var batch = await AppendAsync(1, 0, 3);
        var observed = Start.AddHours(2);

        var outcomes = await Feedback.RecordLabelsAsync([new PredictionLabel(Id(batch, 1), "Obese", observed)], LoggedClasses);
        var labelled = await Feedback.ListLabelledAsync(new LabelledQuery { ModelName = Model });

        Assert.Equal([new LabelOutcome(0, Id(batch, 1), LabelStatus.Accepted)], outcomes);
        var only = Assert.Single(labelled);
        Assert.Equal(batch.ToRecord(1), only.Prediction);
        Assert.Equal(("Obese", observed), (only.Label, only.ObservedAt));
        Assert.Equal(only.ReceivedAt, only.UpdatedAt);
    }

    [ContractFact]
    public async Task Record_SecondLabelForId_ReplacedKeepingFirstReceivedAt()
    {
        var batch = await AppendAsync(1, 0, 2);
        await Feedback.RecordLabelsAsync([new PredictionLabel(Id(batch, 0), "Normal")], LoggedClasses);
        var first = Assert.Single(await Feedback.ListLabelledAsync(new LabelledQuery { ModelName = Model }));

        var outcomes = await Feedback.RecordLabelsAsync([new PredictionLabel(Id(batch, 0), "Obese")], LoggedClasses);
        var second = Assert.Single(await Feedback.ListLabelledAsync(new LabelledQuery { ModelName = Model }));

        Assert.Equal(LabelStatus.Replaced, Assert.Single(outcomes).Status);
        Assert.Equal("Obese", second.Label);
        Assert.Equal(first.ReceivedAt, second.ReceivedAt);
        Assert.True(second.UpdatedAt > first.UpdatedAt);
    }

    [ContractFact]
    public async Task Record_UnknownIds_RejectedAndNothingStored()
    {
        var batch = await AppendAsync(1, 0, 2);
        var sameMinute = Guid.CreateVersion7(Start).ToString();
        var otherTime = Guid.CreateVersion7(Start.AddYears(-1)).ToString();
        var notVersion7 = Guid.NewGuid().ToString();

        var outcomes = await Feedback.RecordLabelsAsync(
            [new(sameMinute, "Obese"), new(otherTime, "Obese"), new(notVersion7, "Obese")], LoggedClasses);

        Assert.All(outcomes, o => Assert.Equal(LabelStatus.Rejected, o.Status));
        Assert.All(outcomes, o => Assert.Contains($"unknown prediction_id '{o.PredictionId}'", o.Reason));
        Assert.Empty(await Feedback.ListLabelledAsync(new LabelledQuery { ModelName = Model }));
        Assert.Equal(2, batch.Count);
    }

    [ContractFact]
    public async Task Record_ClassTheCheckRefuses_RejectedWithItsReasonAndEarlierLabelKept()
    {
        var batch = await AppendAsync(3, 0, 1);
        await Feedback.RecordLabelsAsync([new PredictionLabel(Id(batch, 0), "Normal")], LoggedClasses);

        var outcomes = await Feedback.RecordLabelsAsync([new PredictionLabel(Id(batch, 0), "Giant")], LoggedClasses);

        Assert.Equal(LabelOutcome.Rejected(0, Id(batch, 0), $"label 'Giant' is not one of the classes of model '{Model}' version 3"),
            Assert.Single(outcomes));
        Assert.Equal("Normal", Assert.Single(await Feedback.ListLabelledAsync(new LabelledQuery { ModelName = Model })).Label);
    }

    [ContractTheory]
    [InlineData("", "Obese", "prediction_id is required")]
    [InlineData("12345", "Obese", "prediction_id '12345' is not a UUID")]
    [InlineData(null, " ", "label is required and must not be blank")]
    public async Task Record_MalformedItem_RejectedWithRule(string? id, string label, string reason)
    {
        var batch = await AppendAsync(1, 0, 1);

        var outcome = Assert.Single(await Feedback.RecordLabelsAsync([new PredictionLabel(id ?? Id(batch, 0), label)], LoggedClasses));

        Assert.Equal((LabelStatus.Rejected, reason), (outcome.Status, outcome.Reason));
        Assert.Empty(await Feedback.ListLabelledAsync(new LabelledQuery { ModelName = Model }));
    }

    [ContractFact]
    public async Task Record_MixOfGoodAndBad_StoresTheGoodAndReportsEachItem()
    {
        var batch = await AppendAsync(1, 0, 3);
        var unknown = Guid.CreateVersion7(Start.AddYears(-1)).ToString();

        var outcomes = await Feedback.RecordLabelsAsync(
        [
            new(Id(batch, 0), "Normal"), new(unknown, "Normal"), new(Id(batch, 1), "Tall"), new(Id(batch, 2), "Obese"),
            new(Id(batch, 0), "Obese"),
        ], LoggedClasses);
        var labelled = await Feedback.ListLabelledAsync(new LabelledQuery { ModelName = Model });

        Assert.Equal(
            [LabelStatus.Accepted, LabelStatus.Rejected, LabelStatus.Rejected, LabelStatus.Accepted, LabelStatus.Replaced],
            outcomes.Select(o => o.Status));
        Assert.Equal([0, 1, 2, 3, 4], outcomes.Select(o => o.Index));
        Assert.Equal([(Id(batch, 0), "Obese"), (Id(batch, 2), "Obese")], labelled.Select(l => (l.Prediction.Id, l.Label)));
    }

    [ContractFact]
    public async Task Record_CheckSeesTheLoggedModel_NameVersionUriAndClasses()
    {
        var batch = await AppendAsync(4, 0, 1);
        PredictionOrigin? seen = null;

        await Feedback.RecordLabelsAsync([new PredictionLabel(Id(batch, 0), "Obese")], (_, origin, _) =>
        {
            seen = origin;
            return ValueTask.FromResult<string?>(null);
        });

        Assert.NotNull(seen);
        Assert.Equal((Model, (int?)4, $"models:/{Model}/4"), (seen.ModelName, seen.ModelVersion, seen.ModelUri));
        Assert.Equal(["Normal", "Obese"], seen.LoggedClasses);
    }

    [ContractFact]
    public async Task ListLabelled_ByVersionWindowAndLimit_NewestMatchingOldestFirst()
    {
        var v1 = await AppendAsync(1, 0, 6);
        var v2 = await AppendAsync(2, 6, 2);
        await Feedback.RecordLabelsAsync([.. Enumerable.Range(0, 6).Select(i => new PredictionLabel(Id(v1, i), "Normal")),
            new(Id(v2, 0), "Obese"), new(Id(v2, 1), "Obese")], LoggedClasses);

        var window = await Feedback.ListLabelledAsync(new LabelledQuery
        {
            ModelName = Model, ModelVersion = 1, Since = Start.AddMinutes(1), Until = Start.AddMinutes(5), MaxResults = 3,
        });
        var version2 = await Feedback.ListLabelledAsync(new LabelledQuery { ModelName = Model, ModelVersion = 2 });

        Assert.Equal([Id(v1, 2), Id(v1, 3), Id(v1, 4)], window.Select(l => l.Prediction.Id));
        Assert.Equal([Id(v2, 0), Id(v2, 1)], version2.Select(l => l.Prediction.Id));
    }

    [ContractTheory]
    [InlineData(0)]
    [InlineData(LabelledQuery.MaxLimit + 1)]
    public async Task ListLabelled_BadLimit_InvalidParameter(int max)
    {
        var e = await Assert.ThrowsAsync<MlopsException>(() => Feedback.ListLabelledAsync(new LabelledQuery { MaxResults = max }));

        Assert.Equal(ErrorCode.InvalidParameterValue, e.Code);
    }
}
