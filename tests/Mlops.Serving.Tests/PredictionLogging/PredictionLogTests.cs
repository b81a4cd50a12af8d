using System.Text.Json;
using Mlops.Core.Predictions;
using Mlops.Serving.Apis.Contracts;
using Mlops.Serving.Tests.Support;

namespace Mlops.Serving.Tests.PredictionLogging;

[Collection(ModelCollection.Name)]
public sealed class PredictionLogTests(RegisteredModelFixture fixture)
{
    [Fact]
    public async Task Predict_WithLog_RecordWrittenWithIdInputsOutputsAndLatency()
    {
        var log = new MemoryPredictionLog();
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1), log);

        var single = await Json.ReadAsync<PredictionResponse>(await server.PostJsonAsync("/predict", fixture.Record(4)));
        var batch = await Json.ReadAsync<BatchPredictionResponse>(
            await server.PostJsonAsync("/predict/batch", new { records = new[] { fixture.Record(5), fixture.Record(6) } }));
        await server.LogQueue.FlushAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(3, log.Records.Count);
        var record = log.Records.Single(r => r.Id == single.PredictionId);
        Assert.Equal((single.Prediction, 1), (record.Prediction, record.ModelVersion!.Value));
        Assert.Equal(single.Confidence, record.Confidence, 5);
        Assert.True(record.LatencyMs > 0);
        var inputs = JsonDocument.Parse(record.InputsJson).RootElement;
        Assert.Equal(fixture.Record(4)["Gender"], inputs.GetProperty("Gender").GetString());
        Assert.Equal(Convert.ToDouble(fixture.Record(4)["Age"]), inputs.GetProperty("Age").GetDouble());
        Assert.Equal(7, JsonDocument.Parse(record.ProbabilitiesJson).RootElement.EnumerateObject().Count());
        Assert.All(batch.Predictions, p => Assert.Contains(log.Records, r => r.Id == p.PredictionId));
    }

    [Fact]
    public async Task Predict_QueueFull_AnsweredButDroppedAndCounted()
    {
        var log = new MemoryPredictionLog();
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1), log,
            o => o with { PredictionLogCapacity = 2 });

        var records = Enumerable.Range(0, 5).Select(fixture.Record).ToArray();
        var response = await server.PostJsonAsync("/predict/batch", new { records });
        await server.LogQueue.FlushAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(log.Records);
        Assert.Contains("mlops_prediction_log_dropped_total{reason=\"queue_full\"} 5", await server.Client.GetStringAsync("/metrics"));
    }

    [Fact]
    public async Task PredictBatch_QueueFullThenWritten_WaitsForRoomAndDropsNothing()
    {
        var log = new MemoryPredictionLog();
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1), log,
            o => o with { PredictionLogCapacity = 6 });

        for (var i = 0; i < 3; i++)
        {
            var records = Enumerable.Range(i * 4, 4).Select(fixture.Record).ToArray();
            Assert.Equal(System.Net.HttpStatusCode.OK, (await server.PostJsonAsync("/predict/batch", new { records })).StatusCode);
        }
        await server.LogQueue.FlushAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(12, log.Records.Count);
        Assert.DoesNotContain("mlops_prediction_log_dropped_total{reason=\"queue_full\"}", await server.Client.GetStringAsync("/metrics"));
    }

    [Fact]
    public async Task Predict_LogStoreFails_ServingUnaffectedAndCounted()
    {
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1), new FailingLog());

        var response = await server.PostJsonAsync("/predict", fixture.Record(0));
        await server.LogQueue.FlushAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("mlops_prediction_log_dropped_total{reason=\"write_error\"} 1", await server.Client.GetStringAsync("/metrics"));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await server.PostJsonAsync("/predict", fixture.Record(1))).StatusCode);
    }

    private sealed class FailingLog : IPredictionLog
    {
        public Task AppendAsync(PredictionBatch batch, CancellationToken ct = default) => throw new IOException("disk full");

        public Task<PredictionPage> ListAsync(PredictionQuery query, CancellationToken ct = default) => throw new IOException("disk full");

        public Task<PredictionPruneResult> PruneAsync(PredictionPrune prune, CancellationToken ct = default) => throw new IOException("disk full");
    }
}
