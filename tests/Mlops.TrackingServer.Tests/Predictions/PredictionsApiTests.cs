using System.Text.Json.Nodes;

namespace Mlops.TrackingServer.Tests.Predictions;

/// <summary>The prediction log routes under /api/2.0/mlops over the SQLite store's log.</summary>
public sealed class PredictionsApiTests : IAsyncLifetime
{
    private const string Api = "/api/2.0/mlops";
    private readonly string model = $"model_{Guid.NewGuid():N}";
    private ServerHarness harness = null!;

    public async Task InitializeAsync() => harness = await ServerHarness.StartAsync(predictionLog: true);

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Theory]
    [InlineData("/api/2.0/mlops/server-info")]
    [InlineData("/ajax-api/2.0/mlops/server-info")]
    public async Task ServerInfo_WithLog_BothTrue(string path)
    {
        var (status, body) = await Json.GetAsync(harness.Client, path);

        Assert.Equal(200, status);
        Assert.Equal((true, true), (body!["prediction_log"]!.GetValue<bool>(), body["labels"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task AppendThenList_OneBatch_NewestFirstWithInputsProbabilitiesAndAssignment()
    {
        var (batch, ids) = PredictionPayloads.Batch(model, 2, 0, 3, new { test_id = "ab1", variant = "b", shadow = false });

        var append = await Json.PostAsync(harness.Client, $"{Api}/predictions/append", batch);
        var (status, page) = await Json.GetAsync(harness.Client, $"{Api}/predictions/list?model_name={model}");

        Assert.Equal(200, append.Status);
        Assert.Equal(200, status);
        var records = page!["records"]!.AsArray();
        Assert.Equal(ids.AsEnumerable().Reverse(), records.Select(r => r!["id"]!.GetValue<string>()));
        var oldest = records[^1]!;
        Assert.Equal("""{"Age":null,"Gender":"Female"}""", oldest["inputs_json"]!.GetValue<string>());
        Assert.Equal(("Obese", 0.75, 2), (oldest["prediction"]!.GetValue<string>(), oldest["confidence"]!.GetValue<double>(),
            oldest["model_version"]!.GetValue<int>()));
        Assert.Equal(PredictionPayloads.Start.ToUnixTimeMilliseconds(), oldest["time"]!.GetValue<long>());
        Assert.Null(page["next_page_token"]);
    }

    [Fact]
    public async Task List_EveryQueryParameter_FiltersAndPages()
    {
        await Json.PostAsync(harness.Client, $"{Api}/predictions/append", PredictionPayloads.Batch(model, 1, 0, 4).Body);
        var (v2, _) = PredictionPayloads.Batch(model, 2, 4, 3);
        await Json.PostAsync(harness.Client, $"{Api}/predictions/append", v2);
        var since = PredictionPayloads.Start.AddMinutes(5).ToUnixTimeMilliseconds();

        var first = await Json.GetAsync(harness.Client,
            $"{Api}/predictions/list?model_name={model}&model_version=2&since={since}&oldest_first=true&max_results=1&include_shadow=false");
        var token = first.Body!["next_page_token"]!.GetValue<string>();
        var second = await Json.GetAsync(harness.Client,
            $"{Api}/predictions/list?model_name={model}&model_version=2&since={since}&oldest_first=true&max_results=5&page_token={token}");

        Assert.Equal([5], Minutes(first.Body));
        Assert.Equal([6], Minutes(second.Body!));
        Assert.Null(second.Body!["next_page_token"]);
    }

    [Fact]
    public async Task Prune_DryRunThenForReal_CountsThenDeletes()
    {
        await Json.PostAsync(harness.Client, $"{Api}/predictions/append", PredictionPayloads.Batch(model, 1, 0, 2).Body);
        await Json.PostAsync(harness.Client, $"{Api}/predictions/append", PredictionPayloads.Batch(model, 1, 10, 3).Body);
        var cutoff = PredictionPayloads.Start.AddMinutes(5).ToUnixTimeMilliseconds();

        var dry = await Json.PostAsync(harness.Client, $"{Api}/predictions/prune", new { older_than = cutoff, model_name = model, dry_run = true });
        var real = await Json.PostAsync(harness.Client, $"{Api}/predictions/prune", new { older_than = cutoff, model_name = model });
        var left = await Json.GetAsync(harness.Client, $"{Api}/predictions/list?model_name={model}");

        Assert.Equal((1, 2), (dry.Body!["batches"]!.GetValue<int>(), dry.Body["rows"]!.GetValue<int>()));
        Assert.Equal((1, 2), (real.Body!["batches"]!.GetValue<int>(), real.Body["rows"]!.GetValue<int>()));
        Assert.Equal([12, 11, 10], Minutes(left.Body!));
    }

    private static IEnumerable<int> Minutes(JsonNode page) => page["records"]!.AsArray()
        .Select(r => (int)((r!["time"]!.GetValue<long>() - PredictionPayloads.Start.ToUnixTimeMilliseconds()) / 60_000));
}
