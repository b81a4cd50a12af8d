using Mlops.Core.Predictions;
using Mlops.Storage.Sqlite;

namespace Mlops.Storage.ContractTests.Sqlite;

/// <summary>The first use of the log moves the batches the tracking file still holds into the log's own file.</summary>
public sealed class SqlitePredictionLogMoveTests : IDisposable
{
    // The temp store's own log is never used, so each test opens (and first-uses) stores of its own on the same files.
    private readonly TempSqliteStore temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task FirstUse_BatchesInTrackingFile_MovedAndListedBeforeNewOnesInEveryPaging()
    {
        var old1 = LogBatches.Batch("m", 1, 0, 3);
        var old2 = LogBatches.Batch("m", 2, 3, 2);
        LogBatches.InsertIntoTrackingFile(temp.DatabasePath, old1);
        LogBatches.InsertIntoTrackingFile(temp.DatabasePath, old2);
        using var store = Open();

        var fresh = LogBatches.Batch("m", 2, 5, 4);
        await store.PredictionLog.AppendAsync(fresh);
        var expected = LogBatches.Ids(old1).Concat(LogBatches.Ids(old2)).Concat(LogBatches.Ids(fresh)).ToList();

        Assert.Equal(expected, await ReadAllAsync(store, new PredictionQuery { MaxResults = 2, OldestFirst = true }));
        Assert.Equal(expected.AsEnumerable().Reverse(), await ReadAllAsync(store, new PredictionQuery { MaxResults = 4 }));
        Assert.Equal(LogBatches.Ids(old2).Concat(LogBatches.Ids(fresh)),
            await ReadAllAsync(store, new PredictionQuery { ModelVersion = 2, ModelName = "m", OldestFirst = true }));
        Assert.Equal(0, LogBatches.CountInTrackingFile(temp.DatabasePath));
    }

    [Fact]
    public async Task FirstUse_CrashAfterCopyBeforeDelete_EachBatchListedOnce()
    {
        var old1 = LogBatches.Batch("m", 1, 0, 3);
        var old2 = LogBatches.Batch("m", 1, 3, 2);
        LogBatches.InsertIntoTrackingFile(temp.DatabasePath, old1, 1);
        LogBatches.InsertIntoTrackingFile(temp.DatabasePath, old2, 2);
        using (var first = Open())
        {
            await first.PredictionLog.ListAsync(new PredictionQuery());
        }
        // As if the delete from the tracking file had not committed: the same batches are in both files.
        LogBatches.InsertIntoTrackingFile(temp.DatabasePath, old1, 1);
        LogBatches.InsertIntoTrackingFile(temp.DatabasePath, old2, 2);

        using var store = Open();
        var listed = await ReadAllAsync(store, new PredictionQuery { OldestFirst = true });

        Assert.Equal(LogBatches.Ids(old1).Concat(LogBatches.Ids(old2)), listed);
        Assert.Equal(0, LogBatches.CountInTrackingFile(temp.DatabasePath));
    }

    [Fact]
    public async Task FirstUse_OlderBinaryAppendedAfterMove_ListedAfterEverythingBefore()
    {
        var old1 = LogBatches.Batch("m", 1, 0, 2);
        LogBatches.InsertIntoTrackingFile(temp.DatabasePath, old1);
        var fresh = LogBatches.Batch("m", 1, 2, 2);
        using (var first = Open())
        {
            await first.PredictionLog.AppendAsync(fresh);
        }
        // An older binary still appends to the tracking file, reusing the sequence number the log gave `fresh`.
        var late = LogBatches.Batch("m", 1, 4, 2);
        LogBatches.InsertIntoTrackingFile(temp.DatabasePath, late);

        using var store = Open();
        var listed = await ReadAllAsync(store, new PredictionQuery { OldestFirst = true });

        Assert.Equal(LogBatches.Ids(old1).Concat(LogBatches.Ids(fresh)).Concat(LogBatches.Ids(late)), listed);
        Assert.Equal(0, LogBatches.CountInTrackingFile(temp.DatabasePath));
    }

    private SqliteStore Open() => SqliteStore.Open(temp.DatabasePath, temp.ArtifactRoot);

    private static async Task<List<string>> ReadAllAsync(SqliteStore store, PredictionQuery query)
    {
        var ids = new List<string>();
        string? token = null;
        do
        {
            var page = await store.PredictionLog.ListAsync(query with { PageToken = token });
            ids.AddRange(page.Records.Select(r => r.Id));
            token = page.NextPageToken;
        }
        while (token is not null);
        return ids;
    }
}
