using System.Globalization;
using Mlops.Core.Predictions;

namespace Mlops.Storage.ContractTests;

public abstract partial class PredictionFeedbackContract
{
    /// <summary>Accepts a finite number for a prediction logged without classes (a regression model's), as the feedback service does.</summary>
    private static readonly LabelCheck FiniteNumber = (label, origin, _) => ValueTask.FromResult(
        origin.LoggedClasses.Count == 0 && double.TryParse(label.Label, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? null
            : $"label '{label.Label}' of prediction {label.PredictionId} is not a finite number");

    [ContractFact]
    public async Task Append_RegressionBatch_ValuesReadBackAsRecordsAndBatches()
    {
        var batch = RegressionBatch([12.5f, -3.25f, 1e6f]);

        await Log.AppendAsync(batch);
        var records = (await Log.ListAsync(new PredictionQuery { ModelName = Model, OldestFirst = true })).Records;

        Assert.Equal([12.5, -3.25, 1e6], records.Select(r => r.Value));
        Assert.Equal(["12.5", "-3.25", "1000000"], records.Select(r => r.Prediction));
        Assert.All(records, r => Assert.Equal("{}", r.ProbabilitiesJson));
        Assert.Equal([batch.ToRecord(0), batch.ToRecord(1), batch.ToRecord(2)], records);
        if (Log is IPredictionBatchLog columnar && await columnar.ListBatchesAsync(new PredictionQuery { ModelName = Model }) is { } page)
        {
            var stored = Assert.Single(page.Batches);
            Assert.True(stored.IsRegression);
            Assert.Equal([1e6, -3.25, 12.5], Enumerable.Range(0, stored.Count).Select(stored.PredictedValue));
        }
    }

    [ContractFact]
    public async Task Record_NumericLabelOfRegressionPrediction_StoredAndListedWithItsValue()
    {
        var batch = RegressionBatch([12.5f, 7f]);
        await Log.AppendAsync(batch);

        var outcomes = await Feedback.RecordLabelsAsync([new(Id(batch, 0), "13.75"), new(Id(batch, 1), "NaN")], FiniteNumber);
        var labelled = Assert.Single(await Feedback.ListLabelledAsync(new LabelledQuery { ModelName = Model }));

        Assert.Equal([LabelStatus.Accepted, LabelStatus.Rejected], outcomes.Select(o => o.Status));
        Assert.Contains($"prediction {Id(batch, 1)} is not a finite number", outcomes[1].Reason);
        Assert.Equal(("13.75", 12.5), (labelled.Label, labelled.Prediction.Value));
        Assert.Empty(Assert.Single(await Feedback.FindOriginsAsync([Id(batch, 0)]))!.LoggedClasses);
    }

    /// <summary>A regression model's batch (no classes): one predicted value per row, row i at minute i.</summary>
    private PredictionBatch RegressionBatch(float[] values)
    {
        var schema = new PredictionSchema(Model, 1, $"models:/{Model}/1", [new PredictionInput("Age"), new PredictionInput("Gender", ["Female", "Male"])], []);
        var batch = new PredictionBatch(schema);
        for (var i = 0; i < values.Length; i++)
        {
            var time = Start.AddMinutes(i);
            batch.Add(Guid.CreateVersion7(time), time.ToUnixTimeMilliseconds(), [20 + i, i % 2], [values[i]], 0, 0.5);
        }
        return batch;
    }
}
