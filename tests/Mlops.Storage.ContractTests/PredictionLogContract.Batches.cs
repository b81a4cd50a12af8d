using Mlops.Core.Errors;
using Mlops.Core.Predictions;

namespace Mlops.Storage.ContractTests;

public abstract partial class PredictionLogContract
{
    [ContractFact]
    public async Task Append_MissingValues_ReadBackAsNull()
    {
        var batch = new PredictionBatch(Schema(1));
        batch.Add(Guid.CreateVersion7(), Start.ToUnixTimeMilliseconds(), [double.NaN, double.NaN, 1.75], [0.5f, 0.5f], 0, 2);

        await Log.AppendAsync(batch);
        var record = (await Log.ListAsync(new PredictionQuery { ModelName = Model })).Records.Single();

        Assert.Equal("""{"Age":null,"Gender":null,"Height":1.75}""", record.InputsJson);
        Assert.Equal(("Normal", 0.5), (record.Prediction, record.Confidence));
    }

    [ContractFact]
    public async Task Append_CategoryNotAnIndex_InvalidParameterAndNothingWritten()
    {
        var batch = Batch(1, 0, 2);
        batch.Add(Guid.CreateVersion7(), Start.ToUnixTimeMilliseconds(), [30, 7, 1.6], [0.5f, 0.5f], 0, 1);

        var e = await Assert.ThrowsAsync<MlopsException>(() => Log.AppendAsync(batch));

        Assert.Equal(ErrorCode.InvalidParameterValue, e.Code);
        Assert.Contains("'Gender'", e.Message, StringComparison.Ordinal);
        Assert.Empty((await Log.ListAsync(new PredictionQuery { ModelName = Model })).Records);
    }

    [ContractFact]
    public async Task Append_EmptyBatch_NothingWritten()
    {
        await Log.AppendAsync(new PredictionBatch(Schema(1)));

        Assert.Empty((await Log.ListAsync(new PredictionQuery { ModelName = Model })).Records);
    }

    [ContractFact]
    public async Task Append_ManyRows_AllReadBack()
    {
        var batch = Batch(3, 0, 5_000);

        await Log.AppendAsync(batch);
        var page = await Log.ListAsync(new PredictionQuery { ModelName = Model, MaxResults = 5_000, OldestFirst = true });

        Assert.Equal(5_000, page.Records.Count);
        Assert.Equal(batch.Ids[4_999].ToString(), page.Records[^1].Id);
        Assert.Equal(batch.AsRecords()[1234], page.Records[1234]);
    }

    protected PredictionSchema Schema(int version) => new(Model, version, $"models:/{Model}/{version}",
        [new PredictionInput("Age"), new PredictionInput("Gender", ["Female", "Male"]), new PredictionInput("Height")], ["Normal", "Obese"]);

    /// <summary><paramref name="rows"/> predictions, row i at minute <paramref name="first"/> + i.</summary>
    protected PredictionBatch Batch(int version, int first, int rows)
    {
        var batch = new PredictionBatch(Schema(version));
        for (var i = first; i < first + rows; i++)
        {
            batch.Add(Guid.CreateVersion7(), Start.AddMinutes(i).ToUnixTimeMilliseconds(), [21 + i, i % 2, 1.5], [0.25f, 0.75f], 1, 0.5);
        }
        return batch;
    }
}
