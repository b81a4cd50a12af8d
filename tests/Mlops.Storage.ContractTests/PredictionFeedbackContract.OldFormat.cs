using Mlops.Core.Predictions;

namespace Mlops.Storage.ContractTests;

public abstract partial class PredictionFeedbackContract
{
    /// <summary>Undoes the A/B schema version, leaving batches and labels as a binary before A/B tests wrote them.</summary>
    protected const string RewindAbTestingSql = """
        DROP INDEX ix_prediction_batches_ab_test;
        DROP INDEX ix_prediction_batches_shadow;
        DROP INDEX ix_prediction_labels_time;
        ALTER TABLE prediction_batches DROP COLUMN ab_test_id;
        ALTER TABLE prediction_batches DROP COLUMN ab_variant;
        ALTER TABLE prediction_batches DROP COLUMN ab_shadow;
        DROP TABLE ab_test_audit;
        DROP TABLE ab_tests;
        DELETE FROM schema_version WHERE version = (SELECT MAX(version) FROM schema_version);
        """;

    /// <summary>Closes the store, runs <paramref name="sql"/> on its prediction log's database, and opens it again.</summary>
    protected abstract Task<(IPredictionLog Log, IPredictionFeedback Feedback)> ReopenAfterAsync(string sql);

    [ContractFact]
    public async Task Open_LogBeforeAbTesting_OldBatchesReadWithoutAssignmentAndStillLabelled()
    {
        var old = await AppendAsync(1, 0, 2);
        await Feedback.RecordLabelsAsync([new(Id(old, 0), "Obese")], LoggedClasses);

        (Log, Feedback) = await ReopenAfterAsync(RewindAbTestingSql);
        var answered = await AppendAsync(1, 2, 1, new PredictionAssignment(TestId, "champion", false));
        var outcomes = await Feedback.RecordLabelsAsync([new(Id(old, 1), "Normal"), new(Id(answered, 0), "Obese")], LoggedClasses);

        Assert.Equal([old.ToRecord(0), old.ToRecord(1), answered.ToRecord(0)],
            (await Log.ListAsync(new PredictionQuery { ModelName = Model, OldestFirst = true })).Records);
        Assert.All(outcomes, o => Assert.Equal(LabelStatus.Accepted, o.Status));
        Assert.Equal([(Id(old, 0), (PredictionAssignment?)null), (Id(old, 1), null), (Id(answered, 0), answered.Schema.Assignment)],
            (await Feedback.ListLabelledAsync(new LabelledQuery { ModelName = Model, IncludeShadow = true }))
            .Select(l => (l.Prediction.Id, l.Prediction.Assignment)));
    }
}
