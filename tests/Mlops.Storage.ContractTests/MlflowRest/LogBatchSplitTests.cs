using System.Text.Json;
using Mlops.Core.Tracking;
using Mlops.Storage.ContractTests.MlflowRest.Replay;
using Mlops.Storage.MlflowRest.Tracking;

namespace Mlops.Storage.ContractTests.MlflowRest;

/// <summary>
/// Recording 32 shows MLflow rejecting 1,001 metrics in one log-batch; the client must split such batches within
/// 1,000 metrics, 100 params, 100 tags and 1,000 entities per request.
/// </summary>
public sealed class LogBatchSplitTests
{
    private static Dictionary<string, string> Pairs(string prefix, int count) =>
        Enumerable.Range(0, count).ToDictionary(i => $"{prefix}{i:0000}", i => $"v{i}");

    [Fact]
    public async Task LogBatch_RecordedTooManyMetrics_SplitIntoTwoAcceptedRequests()
    {
        var recorded = RecordedExchange.Load("32-runs-log-batch-too-many-metrics");
        var metrics = recorded.Request.GetProperty("metrics").EnumerateArray()
            .Select(m => new Metric(m.GetProperty("key").GetString()!, m.GetProperty("value").GetDouble(),
                m.GetProperty("timestamp").GetInt64(), m.GetProperty("step").GetInt64()))
            .ToList();
        var stub = new StubHandler().Respond("{}").Respond("{}");

        await ReplayStore.Open(stub).Tracking.LogBatchAsync(RunReplayTests.RunId, metrics, new Dictionary<string, string>(),
            new Dictionary<string, string>());

        Assert.Equal(400, recorded.Status);
        Assert.Equal(1001, metrics.Count);
        var sent = stub.Bodies.Select(b => JsonDocument.Parse(b).RootElement.GetProperty("metrics")).ToList();
        Assert.Equal([1000, 1], sent.Select(m => m.GetArrayLength()));
        Assert.Equal(metrics.Select(m => m.Step), sent.SelectMany(m => m.EnumerateArray()).Select(m => m.GetProperty("step").GetInt64()));
        Assert.All(stub.Urls, u => Assert.Equal("POST /api/2.0/mlflow/runs/log-batch", u));
    }

    [Fact]
    public void Split_ParamsTagsAndMetrics_EveryChunkWithinLimitsAndNothingLost()
    {
        var metrics = Enumerable.Range(0, 3000).Select(i => new Metric("m", i, 1, i)).ToList();
        var parameters = Pairs("p", 250).ToList();
        var tags = Pairs("t", 130).ToList();

        var chunks = LogBatchChunker.Split(metrics, parameters, tags).ToList();

        Assert.All(chunks, c =>
        {
            Assert.InRange(c.Metrics.Count, 0, LogBatchChunker.MaxMetrics);
            Assert.InRange(c.Params.Count, 0, LogBatchChunker.MaxParams);
            Assert.InRange(c.Tags.Count, 0, LogBatchChunker.MaxTags);
            Assert.InRange(c.Metrics.Count + c.Params.Count + c.Tags.Count, 1, LogBatchChunker.MaxEntities);
        });
        Assert.Equal(metrics, chunks.SelectMany(c => c.Metrics));
        Assert.Equal(parameters, chunks.SelectMany(c => c.Params));
        Assert.Equal(tags, chunks.SelectMany(c => c.Tags));
        Assert.Equal([100, 100, 50], chunks.Take(3).Select(c => c.Params.Count));
        Assert.Equal([800, 870, 950, 380], chunks.Select(c => c.Metrics.Count));
    }

    [Fact]
    public void Split_ParamsOnlyFirstChunkCarriesParams_BeforeAnyMetricOnlyChunk()
    {
        var chunks = LogBatchChunker.Split([new Metric("m", 1, 1)], Pairs("p", 3).ToList(), []).ToList();

        var chunk = Assert.Single(chunks);
        Assert.Equal(3, chunk.Params.Count);
        Assert.Single(chunk.Metrics);
    }

    [Fact]
    public async Task LogBatch_TwoMetricsOnly_OneLogBatchWithoutEmptyLists()
    {
        var stub = new StubHandler().Respond("{}");

        await ReplayStore.Open(stub).Tracking.LogBatchAsync("r1", [new Metric("a", 1, 5, 0), new Metric("b", double.PositiveInfinity, 5, 0)],
            new Dictionary<string, string>(), new Dictionary<string, string>());

        Assert.Equal(
            """{"run_id":"r1","metrics":[{"key":"a","value":1,"timestamp":5,"step":0},{"key":"b","value":"Infinity","timestamp":5,"step":0}]}""",
            stub.Bodies.Single());
    }
}
