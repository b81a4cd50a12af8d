using Microsoft.Data.Sqlite;
using Mlops.Core.Predictions;
using Mlops.Storage.Sqlite;
using Mlops.Storage.Sqlite.Predictions;

namespace Mlops.Storage.ContractTests.Sqlite;

/// <summary>The SQLite prediction log's own file: where it is, when it appears, how it is laid out, who may write it.</summary>
public sealed class SqlitePredictionLogFileTests : IDisposable
{
    private readonly TempSqliteStore temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("/data/mlops.db", "/data/mlops.predictions.db")]
    [InlineData("/data/store.sqlite", "/data/store.predictions.sqlite")]
    [InlineData("/data/store", "/data/store.predictions.db")]
    public void PathFor_TrackingFile_SiblingPredictionsFile(string database, string expected) =>
        Assert.Equal(expected, SqlitePredictionLog.PathFor(database));

    [Fact]
    public async Task FirstAppend_NewStore_CreatesFileWith64KiBPagesInWal()
    {
        var path = temp.Store.PredictionLog.Path;
        Assert.Equal(SqlitePredictionLog.PathFor(temp.DatabasePath), path);
        Assert.False(File.Exists(path));

        await temp.Store.PredictionLog.AppendAsync(LogBatches.Batch("m", 1, 0, 10));

        Assert.True(File.Exists(path));
        using var connection = new SqliteConnection($"Data Source={path};Pooling=false");
        connection.Open();
        Assert.Equal(65_536L, Pragma(connection, "page_size"));
        Assert.Equal("wal", Pragma(connection, "journal_mode"));
        Assert.Equal(3L, Scalar(connection, "SELECT MAX(version) FROM schema_version;"));
        Assert.Equal(10L, Scalar(connection, "SELECT SUM(row_count) FROM prediction_batches;"));
    }

    [Fact]
    public async Task FirstList_NewStore_CreatesEmptyLog()
    {
        var page = await temp.Store.PredictionLog.ListAsync(new PredictionQuery());

        Assert.Empty(page.Records);
        Assert.True(File.Exists(temp.Store.PredictionLog.Path));
    }

    [Fact]
    public async Task Append_TwoStoresConcurrently_EveryBatchOnceInEachStoresOrder()
    {
        using var other = SqliteStore.Open(temp.DatabasePath, temp.ArtifactRoot);
        var logs = new[] { temp.Store.PredictionLog, other.PredictionLog };
        var appended = logs.Select(_ => new List<string>()).ToArray();

        await Task.WhenAll(logs.Select((log, i) => Task.Run(async () =>
        {
            for (var b = 0; b < 20; b++)
            {
                var batch = LogBatches.Batch($"writer{i}", 1, b * 50, 50);
                await log.AppendAsync(batch);
                appended[i].AddRange(batch.Ids.ToArray().Select(id => id.ToString()));
            }
        })));

        for (var i = 0; i < logs.Length; i++)
        {
            var page = await logs[1 - i].ListAsync(new PredictionQuery { ModelName = $"writer{i}", MaxResults = 5_000, OldestFirst = true });
            Assert.Equal(appended[i], page.Records.Select(r => r.Id));
        }
    }

    [Fact]
    public async Task Append_AfterDispose_ObjectDisposed()
    {
        await temp.Store.PredictionLog.AppendAsync(LogBatches.Batch("m", 1, 0, 1));
        temp.Store.PredictionLog.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => temp.Store.PredictionLog.AppendAsync(LogBatches.Batch("m", 1, 1, 1)));
    }

    private static object? Pragma(SqliteConnection connection, string name) => Scalar(connection, $"PRAGMA {name};");

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
