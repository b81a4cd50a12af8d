using Mlops.Core.Predictions;

namespace Mlops.Storage.ContractTests;

/// <summary>
/// The A/B columns of the log: an answered split batch and a shadow batch holding the same prediction ids (the shadow
/// scores of those requests), read back with their assignments, filtered, and joined to the labels of the answer.
/// </summary>
public abstract partial class PredictionFeedbackContract
{
    // Per test: PostgreSQL test classes share a database.
    private string TestId => $"test_{Model}";

    [ContractFact]
    public async Task List_SplitShadowAndPlainBatches_ShadowLeftOutUnlessAskedAndAssignmentsReadBack()
    {
        var plain = await AppendAsync(1, 0, 1);
        var answered = await AppendAsync(1, 1, 2, new PredictionAssignment(TestId, "champion", false));
        var shadow = await AppendShadowAsync(answered, 2, "challenger");

        var byDefault = await ListAsync(new PredictionQuery { ModelName = Model, OldestFirst = true });
        var withShadow = await ListAsync(new PredictionQuery { ModelName = Model, OldestFirst = true, IncludeShadow = true });
        var inTest = await ListAsync(new PredictionQuery { AbTestId = TestId, OldestFirst = true });
        var inTestWithShadow = await ListAsync(new PredictionQuery { AbTestId = TestId, IncludeShadow = true, OldestFirst = true });
        var otherTest = await ListAsync(new PredictionQuery { AbTestId = "another", IncludeShadow = true });

        Assert.Equal([plain.ToRecord(0), answered.ToRecord(0), answered.ToRecord(1)], byDefault);
        Assert.Equal([.. byDefault, shadow.ToRecord(0), shadow.ToRecord(1)], withShadow);
        Assert.Equal([answered.ToRecord(0), answered.ToRecord(1)], inTest);
        Assert.Equal([.. inTest, shadow.ToRecord(0), shadow.ToRecord(1)], inTestWithShadow);
        Assert.Empty(otherTest);
        Assert.Null(byDefault[0].Assignment);
        Assert.Equal(new PredictionAssignment(TestId, "challenger", true), withShadow[4].Assignment);
        Assert.Equal((2, Id(answered, 0)), (withShadow[3].ModelVersion, withShadow[3].Id));
    }

    [ContractFact]
    public async Task Record_IdWithAShadowRowLoggedFirst_LabelsTheAnsweredPrediction()
    {
        var answered = Batch(1, 0, 2, new PredictionAssignment(TestId, "champion", false));
        // The shadow scores reach the log first (a server flushes whichever fills first): the label must still find the answer.
        await AppendShadowAsync(answered, 2, "challenger");
        await Log.AppendAsync(answered);
        PredictionOrigin? seen = null;

        var outcomes = await Feedback.RecordLabelsAsync([new PredictionLabel(Id(answered, 0), "Obese")], (label, origin, ct) =>
        {
            seen = origin;
            return LoggedClasses(label, origin, ct);
        });

        Assert.Equal(LabelStatus.Accepted, Assert.Single(outcomes).Status);
        Assert.Equal(1, seen?.ModelVersion);
        Assert.Equal(1, await LabelRowsAsync(Model));
        var only = Assert.Single(await Feedback.ListLabelledAsync(new LabelledQuery { ModelName = Model }));
        Assert.Equal((answered.ToRecord(0), "Obese"), (only.Prediction, only.Label));
    }

    [ContractFact]
    public async Task ListLabelled_ShadowRowsJoinTheLabelOfTheirId_OnlyWhenAskedAndByTest()
    {
        var plain = await AppendAsync(1, 0, 1);
        var answered = await AppendAsync(1, 1, 3, new PredictionAssignment(TestId, "champion", false));
        var shadow = await AppendShadowAsync(answered, 2, "challenger");
        await Feedback.RecordLabelsAsync(
            [new(Id(plain, 0), "Normal"), new(Id(answered, 0), "Obese"), new(Id(answered, 2), "Normal")], LoggedClasses);

        var byDefault = await Feedback.ListLabelledAsync(new LabelledQuery { ModelName = Model });
        var inTest = await Feedback.ListLabelledAsync(new LabelledQuery { AbTestId = TestId });
        var inTestWithShadow = await Feedback.ListLabelledAsync(new LabelledQuery { AbTestId = TestId, IncludeShadow = true });
        var challenger = await Feedback.ListLabelledAsync(new LabelledQuery { ModelName = Model, ModelVersion = 2, IncludeShadow = true });
        var windowed = await Feedback.ListLabelledAsync(new LabelledQuery
        {
            AbTestId = TestId, IncludeShadow = true, Since = Start.AddMinutes(2), MaxResults = 1,
        });

        Assert.Equal([Id(plain, 0), Id(answered, 0), Id(answered, 2)], byDefault.Select(l => l.Prediction.Id));
        Assert.Equal([answered.ToRecord(0), answered.ToRecord(2)], inTest.Select(l => l.Prediction));
        Assert.Equal([answered.ToRecord(0), shadow.ToRecord(0), answered.ToRecord(2), shadow.ToRecord(2)],
            inTestWithShadow.Select(l => l.Prediction));
        Assert.Equal(["Obese", "Obese", "Normal", "Normal"], inTestWithShadow.Select(l => l.Label));
        Assert.Equal([shadow.ToRecord(0), shadow.ToRecord(2)], challenger.Select(l => l.Prediction));
        Assert.Equal([shadow.ToRecord(2)], windowed.Select(l => l.Prediction));
    }

    [ContractFact]
    public async Task Prune_ShadowBatches_RemovedLikeOthers()
    {
        var answered = await AppendAsync(1, 0, 2, new PredictionAssignment(TestId, "champion", false));
        await AppendShadowAsync(answered, 2, "challenger");
        var kept = await AppendAsync(1, 60 * 24 * 10, 1);

        var pruned = await Log.PruneAsync(new PredictionPrune { OlderThan = Start.AddDays(1), ModelName = Model });

        Assert.Equal((2L, 4L), (pruned.Batches, pruned.Rows));
        Assert.Equal([kept.ToRecord(0)], await ListAsync(new PredictionQuery { ModelName = Model, IncludeShadow = true }));
    }

    /// <summary>The shadow scores of <paramref name="answered"/>'s requests by <paramref name="version"/>: same ids and times.</summary>
    protected async Task<PredictionBatch> AppendShadowAsync(PredictionBatch answered, int version, string variant)
    {
        var schema = answered.Schema with
        {
            ModelVersion = version,
            ModelUri = $"models:/{Model}/{version}",
            Assignment = new PredictionAssignment(answered.Schema.Assignment!.TestId, variant, true),
        };
        var shadow = new PredictionBatch(schema);
        for (var i = 0; i < answered.Count; i++)
        {
            shadow.Add(answered.Ids[i], answered.Times[i], answered.Inputs.Slice(i * answered.InputCount, answered.InputCount), [0.9f, 0.1f], 0, 0.7);
        }
        await Log.AppendAsync(shadow);
        return shadow;
    }

    private async Task<IReadOnlyList<PredictionRecord>> ListAsync(PredictionQuery query) => (await Log.ListAsync(query)).Records;
}
