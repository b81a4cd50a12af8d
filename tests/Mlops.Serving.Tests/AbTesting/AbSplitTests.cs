using System.Text.Json;
using Mlops.Core.AbTesting;
using Mlops.Core.Predictions;
using Mlops.Monitoring.Statistics;
using Mlops.Serving.Tests.Support;

namespace Mlops.Serving.Tests.AbTesting;

[Collection(ModelCollection.Name)]
public sealed class AbSplitTests(RegisteredModelFixture fixture)
{
    [Fact]
    public async Task Predict_UnitKeySources_HeaderBeatsBodyFieldBeatsPredictionId()
    {
        var store = new MemoryAbTestStore();
        var test = await store.StartAsync("keys", AbMode.Split, ("champion", 1, 0.5), ("challenger", 2, 0.5));
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1), abTests: store);
        await server.AbTests.CheckAsync();
        var header = KeyFor(test, "challenger", "h");
        var bodyKey = KeyFor(test, "champion", "b");
        var record = new Dictionary<string, object>(fixture.Record(0)) { ["mlops_unit"] = bodyKey };

        var (both, bothBody) = await AbTraffic.VariantAsync(await AbTraffic.PostAsync(server, "/predict", record, header));
        var (bodyOnly, _) = await AbTraffic.VariantAsync(await AbTraffic.PostAsync(server, "/predict", record));
        var (neither, neitherBody) = await AbTraffic.VariantAsync(await AbTraffic.PostAsync(server, "/predict", fixture.Record(0)));

        Assert.Equal(("challenger", 2), (both, bothBody.GetProperty("model").GetProperty("version").GetInt32()));
        Assert.Equal("keys", bothBody.GetProperty("ab_test").GetString());
        Assert.Equal("champion", bodyOnly);
        Assert.Equal(VariantAssigner.Assign(test, neitherBody.GetProperty("prediction_id").GetString()!).Name, neither);
    }

    [Fact]
    public async Task Predict_MlopsUnitField_NotAnInputWithOrWithoutTest()
    {
        var store = new MemoryAbTestStore();
        var log = new MemoryPredictionLog();
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1), log, abTests: store);
        var record = new Dictionary<string, object>(fixture.Record(0)) { ["mlops_unit"] = "user-7" };

        var (without, _) = await AbTraffic.VariantAsync(await server.PostJsonAsync("/predict", record));
        await store.StartAsync("field", AbMode.Split, ("champion", 1, 0.5), ("challenger", 2, 0.5));
        await server.AbTests.CheckAsync();
        var (with, _) = await AbTraffic.VariantAsync(await server.PostJsonAsync("/predict", record));
        var wrongType = await server.PostJsonAsync("/predict", new Dictionary<string, object>(fixture.Record(0)) { ["mlops_unit"] = new[] { 1 } });
        await server.LogQueue.FlushAsync(TimeSpan.FromSeconds(10));

        Assert.Null(without);
        Assert.NotNull(with);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Contains("mlops_unit", (await Json.ErrorsAsync(wrongType)).Keys);
        Assert.Equal(2, log.Records.Count);
        Assert.All(log.Records, r => Assert.False(JsonDocument.Parse(r.InputsJson).RootElement.TryGetProperty("mlops_unit", out _)));
    }

    [Fact]
    public async Task Responses_OnlyWhileTestRuns_CarryAbTestAndVariantOnceAtTopLevel()
    {
        var store = new MemoryAbTestStore();
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1), abTests: store);
        var batch = new { records = new[] { fixture.Record(1), fixture.Record(2) } };
        var before = await BodiesAsync(server, batch);

        await store.StartAsync("fields", AbMode.Split, ("champion", 1, 0.5), ("challenger", 2, 0.5));
        await server.AbTests.CheckAsync();
        var during = await BodiesAsync(server, batch);
        await store.StopAsync("fields", "test");
        await server.AbTests.CheckAsync();
        var after = await BodiesAsync(server, batch);

        Assert.All(before.Concat(after), body => Assert.DoesNotContain("\"ab_test\"", body));
        Assert.All(during, body =>
        {
            var root = JsonDocument.Parse(body).RootElement;
            Assert.Equal("fields", root.GetProperty("ab_test").GetString());
            Assert.Contains(root.GetProperty("variant").GetString(), new[] { "champion", "challenger" });
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(body, "\"variant\""));
        });
    }

    [Fact]
    public async Task Log_SplitRows_CarryTestVariantAndVariantVersion()
    {
        var store = new MemoryAbTestStore();
        var log = new MemoryPredictionLog();
        var test = await store.StartAsync("logged", AbMode.Split, ("champion", 1, 0.5), ("challenger", 2, 0.5));
        var uri = await fixture.AliasAsync(1);
        await using var server = await ServingHarness.StartAsync(fixture, uri, log, abTests: store);
        await server.AbTests.CheckAsync();

        var answers = new Dictionary<string, string>();
        for (var i = 0; i < 20; i++)
        {
            var (variant, body) = await AbTraffic.VariantAsync(await AbTraffic.PostAsync(server, "/predict", fixture.Record(i), $"unit-{i}"));
            answers[body.GetProperty("prediction_id").GetString()!] = variant!;
        }
        var (batchVariant, batch) = await AbTraffic.VariantAsync(
            await AbTraffic.PostAsync(server, "/predict/batch", new { records = new[] { fixture.Record(1), fixture.Record(2) } }, "unit-batch"));
        foreach (var row in batch.GetProperty("predictions").EnumerateArray())
        {
            answers[row.GetProperty("prediction_id").GetString()!] = batchVariant!;
        }
        await server.LogQueue.FlushAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(answers.Count, log.Records.Count);
        Assert.All(log.Records, r =>
        {
            Assert.Equal(new PredictionAssignment(test.Id, answers[r.Id], false), r.Assignment);
            Assert.Equal(answers[r.Id] == "champion" ? 1 : 2, r.ModelVersion);
            // The control is the version the served alias names: its rows keep the served URI, so monitoring by URI sees them.
            Assert.Equal(answers[r.Id] == "champion" ? uri : $"models:/{RegisteredModelFixture.ModelName}/2", r.ModelUri);
        });
        Assert.Equal(2, answers.Values.Distinct().Count());
        Assert.Matches("mlops_ab_requests_total\\{ab_test=\"logged\",variant=\"challenger\"\\} [1-9]", await server.Client.GetStringAsync("/metrics"));
    }

    [Fact]
    public async Task Split_10000Units_StickyAcrossServersAndRestartWithinSrmTolerance()
    {
        var store = new MemoryAbTestStore();
        await store.StartAsync("sticky", AbMode.Split, ("champion", 1, 0.5), ("challenger", 2, 0.5));
        var uri = await fixture.AliasAsync(1);
        var keys = Enumerable.Range(0, 10_000).Select(i => $"user-{i}").ToList();
        var record = fixture.Record(0);
        Dictionary<string, string> first, second, restarted;
        await using (var a = await ServingHarness.StartAsync(fixture, uri, abTests: store))
        await using (var b = await ServingHarness.StartAsync(fixture, uri, abTests: store))
        {
            await a.AbTests.CheckAsync();
            await b.AbTests.CheckAsync();
            first = await AbTraffic.AssignAsync(a, record, keys);
            second = await AbTraffic.AssignAsync(b, record, keys);
        }
        await using (var again = await ServingHarness.StartAsync(fixture, uri, abTests: store))
        {
            await again.AbTests.CheckAsync();
            restarted = await AbTraffic.AssignAsync(again, record, keys);
        }

        Assert.All(keys, k => Assert.Equal((first[k], first[k]), (second[k], restarted[k])));
        long[] counts = [first.Values.Count(v => v == "champion"), first.Values.Count(v => v == "challenger")];
        Assert.Equal(10_000, counts.Sum());
        Assert.True(SampleRatioMismatch.Test(counts, [0.5, 0.5]).PValue >= 0.001, $"split {counts[0]}/{counts[1]}");
    }

    /// <summary>
    /// A broken server: it follows a test whose shares say 55/45 while the test the analysis reads says 50/50. The
    /// sample-ratio check on what it answered flags it, at GrowthBook's p &lt; 0.001.
    /// </summary>
    [Fact]
    public async Task Split_ServerForcedTo55Percent_SampleRatioMismatchFlagged()
    {
        var store = new MemoryAbTestStore();
        var broken = await store.StartAsync("forced", AbMode.Split, ("champion", 1, 0.55), ("challenger", 2, 0.45));
        var keys = Enumerable.Range(0, 10_000).Select(i => $"user-{i}").ToList();
        Dictionary<string, string> answered;
        await using (var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1), abTests: store))
        {
            await server.AbTests.CheckAsync();
            answered = await AbTraffic.AssignAsync(server, fixture.Record(0), keys);
        }
        long[] counts = [answered.Values.Count(v => v == "champion"), answered.Values.Count(v => v == "challenger")];
        var configured = broken.Variants.Select(_ => 0.5).ToArray();

        var srm = SampleRatioMismatch.Test(counts, configured);

        Assert.Equal(10_000, counts.Sum());
        Assert.True(srm.PValue < 0.001, $"split {counts[0]}/{counts[1]} against 50/50: p = {srm.PValue}");
    }

    private static string KeyFor(AbTest test, string variant, string prefix) =>
        Enumerable.Range(0, 1000).Select(i => prefix + i).First(k => VariantAssigner.Assign(test, k).Name == variant);

    private async Task<string[]> BodiesAsync(ServingHarness server, object batch) =>
    [
        await (await server.PostJsonAsync("/predict", fixture.Record(0))).Content.ReadAsStringAsync(),
        await (await server.PostJsonAsync("/predict/batch", batch)).Content.ReadAsStringAsync(),
        await (await server.PostJsonAsync("/invocations", new { dataframe_records = new[] { fixture.Record(1) } })).Content.ReadAsStringAsync(),
    ];
}
