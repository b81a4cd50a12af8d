using Microsoft.Data.Sqlite;
using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.Storage.Sqlite;

namespace Mlops.Storage.ContractTests.Sqlite;

/// <summary>SQLite-specific storage of metric points (blocks since schema 3) and the group-committing writer.</summary>
public sealed class SqliteMetricStorageTests : IDisposable
{
    private static readonly Dictionary<string, string> None = [];
    private readonly TempSqliteStore temp = new();

    private SqliteTrackingStore Tracking => temp.Store.Tracking;

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task GetMetricHistory_PointsFromSchemaTwoAndBlocks_MergedInStepOrderWithTiesInWriteOrder()
    {
        var run = await Tracking.CreateRunAsync("0", "upgraded", 1);
        // Rows as schema version 2 wrote them, one per point.
        using (var connection = new SqliteConnection($"Data Source={temp.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO metrics (run_id, key, value, is_nan, timestamp, step) VALUES
                    ($id, 'loss', 0.9, 0, 10, 0), ($id, 'loss', NULL, 1, 10, 2), ($id, 'loss', 0.5, 0, 20, 5);
                """;
            insert.Parameters.AddWithValue("$id", run.RunId);
            insert.ExecuteNonQuery();
        }

        await Tracking.LogBatchAsync(run.RunId, [new Metric("loss", 0.7, 15, 1), new Metric("acc", 1, 1, 0), new Metric("loss", 0.4, 20, 5)], None, None);

        var history = await Tracking.GetMetricHistoryAsync(run.RunId, "loss");
        Assert.Equal([0L, 1, 2, 5, 5], history.Select(m => m.Step));
        Assert.True(double.IsNaN(history[2].Value));
        Assert.Equal([0.5, 0.4], history.Where(m => m.Step == 5).Select(m => m.Value));
        Assert.All(history, m => Assert.Equal("loss", m.Key));
    }

    [Fact]
    public async Task LogBatch_ManyKeysInterleaved_EachHistoryCompleteAndLatestIsHighestStep()
    {
        var run = await Tracking.CreateRunAsync("0", "interleaved", 1);
        var points = Enumerable.Range(0, 1000).Select(i => new Metric($"m{i % 7}", i, 1000 + i, i / 7)).ToList();

        await Tracking.LogBatchAsync(run.RunId, points, None, None);

        for (var k = 0; k < 7; k++)
        {
            var expected = points.Where(p => p.Key == $"m{k}").ToList();
            Assert.Equal(expected, await Tracking.GetMetricHistoryAsync(run.RunId, $"m{k}"));
        }
        var latest = (await Tracking.GetRunAsync(run.RunId)).Metrics.ToDictionary(m => m.Key);
        Assert.Equal(points.Where(p => p.Key == "m3").Last(), latest["m3"]);
    }

    [Fact]
    public async Task LogBatch_ConcurrentWritesOneInvalid_OnlyTheInvalidOneFails()
    {
        var run = await Tracking.CreateRunAsync("0", "grouped", 1);
        await Tracking.LogParamAsync(run.RunId, "model", "lightgbm");

        // Queued together, these commit in one transaction; the conflicting param must roll back alone.
        var writes = Enumerable.Range(0, 50).Select(i => i == 25
            ? Tracking.LogBatchAsync(run.RunId, [new Metric("bad", 1, 1)], new Dictionary<string, string> { ["model"] = "sdca" }, None)
            : Tracking.LogMetricAsync(run.RunId, new Metric("good", i, i, i))).ToList();
        var failure = await Assert.ThrowsAsync<MlopsException>(() => writes[25]);
        await Task.WhenAll(writes.Where((_, i) => i != 25));

        Assert.Equal(ErrorCode.InvalidParameterValue, failure.Code);
        Assert.Equal(50 - 1, (await Tracking.GetMetricHistoryAsync(run.RunId, "good")).Count);
        Assert.Empty(await Tracking.GetMetricHistoryAsync(run.RunId, "bad"));
        Assert.Equal("lightgbm", (await Tracking.GetRunAsync(run.RunId)).Params["model"]);
    }
}
