using Mlops.Core.AbTesting;
using Mlops.Core.Predictions;
using Mlops.Serving.Tests.Support;

namespace Mlops.Serving.Tests.AbTesting;

[Collection(ModelCollection.Name)]
public sealed class AbShadowTests(RegisteredModelFixture fixture)
{
    [Fact]
    public async Task Shadow_ControlAnswers_ShadowRowsLoggedWithTheAnsweredIds()
    {
        var store = new MemoryAbTestStore();
        var log = new MemoryPredictionLog();
        var test = await store.StartAsync("shadowed", AbMode.Shadow, ("champion", 1, 1), ("challenger", 4, 0));
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1), log, abTests: store);
        await server.AbTests.CheckAsync();

        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var (variant, body) = await AbTraffic.VariantAsync(await AbTraffic.PostAsync(server, "/predict", fixture.Record(i), $"unit-{i}"));
            Assert.Equal(("champion", 1), (variant, body.GetProperty("model").GetProperty("version").GetInt32()));
            ids.Add(body.GetProperty("prediction_id").GetString()!);
        }
        var (batchVariant, batch) = await AbTraffic.VariantAsync(
            await server.PostJsonAsync("/predict/batch", new { records = new[] { fixture.Record(7), fixture.Record(8), fixture.Record(9) } }));
        Assert.Equal("champion", batchVariant);
        ids.AddRange(batch.GetProperty("predictions").EnumerateArray().Select(p => p.GetProperty("prediction_id").GetString()!));
        await server.Shadows.WaitIdleAsync(TimeSpan.FromSeconds(10));
        await server.LogQueue.FlushAsync(TimeSpan.FromSeconds(10));

        var answered = log.Records.Where(r => r.Assignment is { Shadow: false }).ToList();
        var shadowed = log.Records.Where(r => r.Assignment is { Shadow: true }).ToList();
        Assert.Equal(ids.Order(), answered.Select(r => r.Id).Order());
        Assert.Equal(ids.Order(), shadowed.Select(r => r.Id).Order());
        Assert.All(answered, r => Assert.Equal((new PredictionAssignment(test.Id, "champion", false), 1), (r.Assignment, r.ModelVersion!.Value)));
        Assert.All(shadowed, r => Assert.Equal((new PredictionAssignment(test.Id, "challenger", true), 4), (r.Assignment, r.ModelVersion!.Value)));
        // The shadow scored the same parsed inputs the control answered.
        Assert.All(shadowed, r => Assert.Equal(answered.Single(a => a.Id == r.Id).InputsJson, r.InputsJson));
        var metrics = await server.Client.GetStringAsync("/metrics");
        Assert.Contains("mlops_shadow_scored_total{variant=\"challenger\"} 8", metrics);
        Assert.Contains("mlops_ab_requests_total{ab_test=\"shadowed\",variant=\"champion\"} 6", metrics);
    }

    [Fact]
    public async Task Shadow_QueueFull_AnsweredButShadowDroppedAndCounted()
    {
        var store = new MemoryAbTestStore();
        var log = new MemoryPredictionLog();
        await store.StartAsync("full", AbMode.Shadow, ("champion", 1, 1), ("challenger", 2, 0));
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1), log,
            o => o with { ShadowQueueCapacity = 2 }, abTests: store);
        await server.AbTests.CheckAsync();

        var response = await server.PostJsonAsync("/predict/batch", new { records = Enumerable.Range(0, 5).Select(fixture.Record).ToArray() });
        await server.Shadows.WaitIdleAsync(TimeSpan.FromSeconds(10));
        await server.LogQueue.FlushAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, log.Records.Count(r => r.Assignment is { Shadow: false }));
        Assert.DoesNotContain(log.Records, r => r.Assignment is { Shadow: true });
        Assert.Contains("mlops_shadow_dropped_total{variant=\"challenger\"} 5", await server.Client.GetStringAsync("/metrics"));
    }
}
