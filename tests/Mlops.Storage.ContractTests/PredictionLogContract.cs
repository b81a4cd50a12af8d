using Mlops.Core.Errors;
using Mlops.Core.Predictions;

namespace Mlops.Storage.ContractTests;

/// <summary>Behaviour every <see cref="IPredictionLog"/> backend must share; each test logs under a model name of its own.</summary>
public abstract partial class PredictionLogContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    protected IPredictionLog Log { get; private set; } = null!;

    protected string Model { get; } = $"model_{Guid.NewGuid():N}";

    protected abstract Task<IPredictionLog> CreateLogAsync();

    protected virtual Task DisposeLogAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => Log = await CreateLogAsync();

    Task IAsyncLifetime.DisposeAsync() => DisposeLogAsync();

    [ContractFact]
    public async Task Append_ThenList_NewestFirstWithAllFields()
    {
        var batch = Batch(1, 0, 5);

        await Log.AppendAsync(batch);
        var page = await Log.ListAsync(new PredictionQuery { ModelName = Model });

        Assert.Equal(batch.Ids.ToArray().Reverse().Select(id => id.ToString()), page.Records.Select(r => r.Id));
        Assert.Null(page.NextPageToken);
        var newest = page.Records[0];
        Assert.Equal(new PredictionRecord(batch.Ids[4].ToString(), Start.AddMinutes(4), Model, 1, $"models:/{Model}/1",
            """{"Age":25,"Gender":"Female","Height":1.5}""", "Obese", 0.75, """{"Normal":0.25,"Obese":0.75}""", 0.5), newest);
    }

    [ContractFact]
    public async Task List_PagedAcrossAppends_EveryRecordOnceInOrder()
    {
        var appended = new List<string>();
        foreach (var (first, rows) in new[] { (0, 7), (7, 1), (8, 17) })
        {
            var batch = Batch(1, first, rows);
            await Log.AppendAsync(batch);
            appended.AddRange(batch.Ids.ToArray().Select(id => id.ToString()));
        }

        var oldestFirst = await ReadAllAsync(new PredictionQuery { ModelName = Model, MaxResults = 10, OldestFirst = true });
        var newestFirst = await ReadAllAsync(new PredictionQuery { ModelName = Model, MaxResults = 4 });

        Assert.Equal(appended, oldestFirst);
        Assert.Equal(appended.AsEnumerable().Reverse(), newestFirst);
    }

    [ContractFact]
    public async Task List_FilterByModelVersionAndTime_OnlyMatching()
    {
        await Log.AppendAsync(Batch(1, 0, 2));
        await Log.AppendAsync(Batch(2, 2, 3));
        await Log.AppendAsync(Batch(1, 5, 2));

        var v2 = await Log.ListAsync(new PredictionQuery { ModelName = Model, ModelVersion = 2 });
        var recent = await Log.ListAsync(new PredictionQuery { ModelName = Model, Since = Start.AddMinutes(4) });
        var other = await Log.ListAsync(new PredictionQuery { ModelName = Model + "_other" });

        Assert.Equal([4, 3, 2], v2.Records.Select(Minute));
        Assert.All(v2.Records, r => Assert.Equal(2, r.ModelVersion));
        Assert.Equal([6, 5, 4], recent.Records.Select(Minute));
        Assert.Empty(other.Records);
    }

    [ContractFact]
    public async Task List_Unfiltered_LatestAppendFirst()
    {
        var batch = Batch(1, 0, 3);
        await Log.AppendAsync(batch);

        var page = await Log.ListAsync(new PredictionQuery { MaxResults = 3 });

        Assert.Equal(batch.Ids.ToArray().Reverse().Select(id => id.ToString()), page.Records.Select(r => r.Id));
    }

    [ContractTheory]
    [InlineData(0, null)]
    [InlineData(PredictionQuery.MaxPageSize + 1, null)]
    [InlineData(10, "abc")]
    [InlineData(10, "12")]
    public async Task List_BadPaging_InvalidParameter(int max, string? token)
    {
        var e = await Assert.ThrowsAsync<MlopsException>(() => Log.ListAsync(new PredictionQuery { MaxResults = max, PageToken = token }));

        Assert.Equal(ErrorCode.InvalidParameterValue, e.Code);
    }

    private static int Minute(PredictionRecord r) => (int)(r.Time - Start).TotalMinutes;

    private async Task<List<string>> ReadAllAsync(PredictionQuery query)
    {
        var ids = new List<string>();
        string? token = null;
        do
        {
            var page = await Log.ListAsync(query with { PageToken = token });
            Assert.True(page.Records.Count <= query.MaxResults);
            ids.AddRange(page.Records.Select(r => r.Id));
            token = page.NextPageToken;
        }
        while (token is not null);
        return ids;
    }
}
