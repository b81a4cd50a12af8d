namespace Mlops.TrackingServer.Tests.Wire;

public sealed class ValidationTests
{
    [Fact]
    public async Task LogBatch_OverHundredParams_Returns400NamingTheLimit()
    {
        await using var harness = await ServerHarness.StartAsync();
        var (_, created) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/runs/create", new { experiment_id = "0", start_time = 1L });
        var runId = created!["run"]!["info"]!["run_id"]!.GetValue<string>();
        var parameters = Enumerable.Range(0, 101).Select(i => new { key = $"p{i}", value = "v" }).ToArray();

        var (status, body) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/runs/log-batch", new { run_id = runId, @params = parameters });

        Assert.Equal(400, status);
        Assert.Equal("INVALID_PARAMETER_VALUE", body!["error_code"]!.GetValue<string>());
        Assert.Contains("at most 100 params", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task SearchRuns_MaxResultsZero_Returns400()
    {
        await using var harness = await ServerHarness.StartAsync();

        var (status, body) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/runs/search",
            new { experiment_ids = new[] { "0" }, max_results = 0 });

        Assert.Equal(400, status);
        Assert.Contains("max_results", body!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task LogMetric_NaN_ComesBackAsNaNString()
    {
        await using var harness = await ServerHarness.StartAsync();
        var (_, created) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/runs/create", new { experiment_id = "0", start_time = 1L });
        var runId = created!["run"]!["info"]!["run_id"]!.GetValue<string>();
        using var content = new StringContent($$"""{"run_id":"{{runId}}","key":"loss","value":"NaN","timestamp":5}""",
            System.Text.Encoding.UTF8, "application/json");
        using var logged = await harness.Client.PostAsync("api/2.0/mlflow/runs/log-metric", content);

        var (_, history) = await Json.GetAsync(harness.Client, $"api/2.0/mlflow/metrics/get-history?run_id={runId}&metric_key=loss");

        Assert.True(logged.IsSuccessStatusCode);
        Assert.Equal("NaN", history!["metrics"]![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnknownEndpoint_Returns404EndpointNotFound()
    {
        await using var harness = await ServerHarness.StartAsync();

        var (status, body) = await Json.GetAsync(harness.Client, "api/2.0/mlflow/no/such/endpoint");

        Assert.Equal(404, status);
        Assert.Equal("ENDPOINT_NOT_FOUND", body!["error_code"]!.GetValue<string>());
    }

    [Fact]
    public async Task SearchExperiments_LikeFilter_FindsMatchingNamesOnly()
    {
        await using var harness = await ServerHarness.StartAsync();
        await Json.PostAsync(harness.Client, "api/2.0/mlflow/experiments/create", new { name = "obesity-a" });
        await Json.PostAsync(harness.Client, "api/2.0/mlflow/experiments/create", new { name = "other" });

        var (status, body) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/experiments/search", new { filter = "name LIKE 'obesity%'" });

        Assert.Equal(200, status);
        Assert.Equal("obesity-a", Assert.Single(body!["experiments"]!.AsArray())!["name"]!.GetValue<string>());
    }
}
