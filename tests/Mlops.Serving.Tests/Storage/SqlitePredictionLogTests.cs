using Mlops.Core.Errors;
using Mlops.Core.Predictions;
using Mlops.Storage.Sqlite;

namespace Mlops.Serving.Tests.Storage;

public sealed class SqlitePredictionLogTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "mlops-predlog-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteStore store;

    public SqlitePredictionLogTests() => store = SqliteStore.Open(Path.Combine(folder, "mlops.db"), Path.Combine(folder, "artifacts"));

    [Fact]
    public async Task Append_ThenList_NewestFirstWithAllFields()
    {
        var records = Enumerable.Range(0, 5).Select(i => Record(i, version: 1)).ToList();

        await store.PredictionLog.AppendAsync(records);
        var page = await store.PredictionLog.ListAsync(new PredictionQuery());

        Assert.Equal(records.AsEnumerable().Reverse().Select(r => r.Id), page.Records.Select(r => r.Id));
        Assert.Equal(records[4], page.Records[0]);
        Assert.Null(page.NextPageToken);
    }

    [Fact]
    public async Task List_Paged_EveryRecordOnceInOrder()
    {
        await store.PredictionLog.AppendAsync(Enumerable.Range(0, 25).Select(i => Record(i, 1)).ToList());
        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = await store.PredictionLog.ListAsync(new PredictionQuery { MaxResults = 10, PageToken = token, OldestFirst = true });
            seen.AddRange(page.Records.Select(r => r.Id));
            token = page.NextPageToken;
        }
        while (token is not null);

        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"id-{i:D3}"), seen);
    }

    [Fact]
    public async Task List_FilterByModelVersionAndTime_OnlyMatching()
    {
        await store.PredictionLog.AppendAsync([Record(0, 1), Record(1, 2), Record(2, 2), Record(3, null)]);

        var v2 = await store.PredictionLog.ListAsync(new PredictionQuery { ModelName = "m", ModelVersion = 2 });
        var recent = await store.PredictionLog.ListAsync(new PredictionQuery { Since = Time(2) });

        Assert.Equal(["id-002", "id-001"], v2.Records.Select(r => r.Id));
        Assert.Equal(["id-003", "id-002"], recent.Records.Select(r => r.Id));
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(10, "abc")]
    public async Task List_BadPaging_InvalidParameter(int max, string? token)
    {
        var e = await Assert.ThrowsAsync<MlopsException>(() =>
            store.PredictionLog.ListAsync(new PredictionQuery { MaxResults = max, PageToken = token }));

        Assert.Equal(ErrorCode.InvalidParameterValue, e.Code);
    }

    [Fact]
    public async Task Append_DuplicateId_NothingWritten()
    {
        await Assert.ThrowsAnyAsync<Exception>(() => store.PredictionLog.AppendAsync([Record(0, 1), Record(0, 1)]));

        Assert.Empty((await store.PredictionLog.ListAsync(new PredictionQuery())).Records);
    }

    private static DateTimeOffset Time(int i) => new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(i);

    private static PredictionRecord Record(int i, int? version) => new($"id-{i:D3}", Time(i), version is null ? null : "m", version,
        version is null ? "runs:/r/model" : $"models:/m/{version}", "{\"Age\":21}", "Normal_Weight", 0.5 + i / 100.0,
        "{\"Normal_Weight\":0.5}", 0.25);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
