using Mlops.Core.Predictions;

namespace Mlops.Storage.ContractTests;

/// <summary>
/// <see cref="IPredictionBatchLog"/>, for the logs that offer it (SQLite, PostgreSQL; not the REST client): the batches
/// are the records' pages in columnar form, on top of the whole prediction log contract.
/// </summary>
public abstract class PredictionBatchLogContract : PredictionLogContract
{
    private IPredictionBatchLog Columnar => Assert.IsAssignableFrom<IPredictionBatchLog>(Log);

    [ContractTheory]
    [InlineData(4, false)]
    [InlineData(10, true)]
    [InlineData(50_000, false)]
    public async Task ListBatches_PagedAcrossAppends_SameRecordsAndTokensAsList(int pageSize, bool oldestFirst)
    {
        foreach (var (first, rows) in new[] { (0, 7), (7, 1), (8, 17) })
        {
            await Log.AppendAsync(Batch(1, first, rows));
        }

        var pages = await ComparePagesAsync(new PredictionQuery { ModelName = Model, MaxResults = pageSize, OldestFirst = oldestFirst });

        Assert.Equal((25 + pageSize - 1) / pageSize, pages);
    }

    [ContractFact]
    public async Task ListBatches_FilterByModelVersionAndTime_SameRecordsAsList()
    {
        await Log.AppendAsync(Batch(1, 0, 2));
        await Log.AppendAsync(Batch(2, 2, 3));
        await Log.AppendAsync(Batch(1, 5, 2));

        await ComparePagesAsync(new PredictionQuery { ModelName = Model, ModelVersion = 2, MaxResults = 2 });
        await ComparePagesAsync(new PredictionQuery { ModelName = Model, Since = Start.AddMinutes(4), MaxResults = 2, OldestFirst = true });
        var none = await Columnar.ListBatchesAsync(new PredictionQuery { ModelName = Model + "_other" });

        Assert.NotNull(none);
        Assert.Empty(none.Batches);
        Assert.Null(none.NextPageToken);
    }

    [ContractFact]
    public async Task ListBatches_MissingValues_KeptAsNaN()
    {
        var batch = new PredictionBatch(Schema(1));
        batch.Add(Guid.CreateVersion7(), Start.ToUnixTimeMilliseconds(), [double.NaN, double.NaN, 1.75], [0.5f, 0.5f], 0, 2);
        await Log.AppendAsync(batch);

        var page = await Columnar.ListBatchesAsync(new PredictionQuery { ModelName = Model });

        Assert.NotNull(page);
        var read = Assert.Single(page.Batches);
        Assert.Equal((Model, 1, $"models:/{Model}/1"), (read.Schema.ModelName, read.Schema.ModelVersion, read.Schema.ModelUri));
        Assert.Equal(["Age", "Gender:Female,Male", "Height"], read.Schema.Inputs.Select(i => i.IsNumeric ? i.Name : $"{i.Name}:{string.Join(',', i.Categories!)}"));
        Assert.Equal(["Normal", "Obese"], read.Schema.Classes);
        Assert.Equal([double.NaN, double.NaN, 1.75], read.Inputs.ToArray());
        Assert.Equal(batch.Ids.ToArray(), read.Ids.ToArray());
    }

    /// <summary>Walks <paramref name="query"/> both ways, page by page, checking each page's records and token; returns the page count.</summary>
    private async Task<int> ComparePagesAsync(PredictionQuery query)
    {
        var pages = 0;
        string? token = null;
        do
        {
            var paged = query with { PageToken = token };
            var records = await Log.ListAsync(paged);
            var batches = await Columnar.ListBatchesAsync(paged);

            Assert.NotNull(batches);
            Assert.Equal(records.Records, batches.Batches.SelectMany(b => b.AsRecords()));
            Assert.Equal(records.Records.Count, batches.Rows);
            Assert.Equal(records.NextPageToken, batches.NextPageToken);
            token = batches.NextPageToken;
            pages++;
        }
        while (token is not null);
        return pages;
    }
}
