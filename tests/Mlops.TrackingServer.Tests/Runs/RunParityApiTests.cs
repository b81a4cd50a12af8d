using System.Text.Json.Nodes;

namespace Mlops.TrackingServer.Tests.Runs;

/// <summary>Run endpoints where MLflow 2.10.2's behaviour was missing: user_id, empty params, infinities, limits.</summary>
public sealed class RunParityApiTests
{
    private const string Api = "api/2.0/mlflow";

    [Fact]
    public async Task CreateRun_MlflowUserTag_UserIdReadBackEverywhere()
    {
        await using var harness = await ServerHarness.StartAsync();

        var (_, created) = await Json.PostAsync(harness.Client, $"{Api}/runs/create",
            new { experiment_id = "0", tags = new[] { new { key = "mlflow.user", value = "alice" } } });
        var runId = RunId(created);
        var (_, got) = await Json.GetAsync(harness.Client, $"{Api}/runs/get?run_id={runId}");
        var (_, updated) = await Json.PostAsync(harness.Client, $"{Api}/runs/update", new { run_id = runId, status = "FINISHED" });
        var (_, found) = await Json.PostAsync(harness.Client, $"{Api}/runs/search", new { experiment_ids = new[] { "0" } });

        Assert.Equal("alice", created!["run"]!["info"]!["user_id"]!.GetValue<string>());
        Assert.Equal("alice", got!["run"]!["info"]!["user_id"]!.GetValue<string>());
        Assert.Equal("alice", updated!["run_info"]!["user_id"]!.GetValue<string>());
        Assert.Equal("alice", found!["runs"]![0]!["info"]!["user_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateRun_UserIdWithoutTag_UserIdReadBack()
    {
        await using var harness = await ServerHarness.StartAsync();

        var (_, created) = await Json.PostAsync(harness.Client, $"{Api}/runs/create", new { experiment_id = "0", user_id = "bob" });
        var (_, got) = await Json.GetAsync(harness.Client, $"{Api}/runs/get?run_id={RunId(created)}");

        Assert.Equal("bob", got!["run"]!["info"]!["user_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task LogParameter_EmptyValue_AcceptedAndStoredEmpty()
    {
        await using var harness = await ServerHarness.StartAsync();
        var runId = await NewRunAsync(harness);

        var (status, _) = await Json.PostAsync(harness.Client, $"{Api}/runs/log-parameter", new { run_id = runId, key = "p", value = "" });
        var (_, got) = await Json.GetAsync(harness.Client, $"{Api}/runs/get?run_id={runId}");

        Assert.Equal(200, status);
        Assert.Equal("", got!["run"]!["data"]!["params"]![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task LogBatchAndLogMetric_Infinities_StoredAsLargestDoublesAndNaNKept()
    {
        await using var harness = await ServerHarness.StartAsync();
        var runId = await NewRunAsync(harness);

        await Json.PostAsync(harness.Client, $"{Api}/runs/log-batch", new
        {
            run_id = runId,
            metrics = new object[] { new { key = "pinf", value = "Infinity", timestamp = 1, step = 0 }, new { key = "nan", value = "NaN", timestamp = 1, step = 0 } },
        });
        await Json.PostAsync(harness.Client, $"{Api}/runs/log-metric", new { run_id = runId, key = "ninf", value = "-Infinity", timestamp = 1 });
        var (_, got) = await Json.GetAsync(harness.Client, $"{Api}/runs/get?run_id={runId}");
        var metrics = got!["run"]!["data"]!["metrics"]!.AsArray().ToDictionary(m => m!["key"]!.GetValue<string>(), m => m!["value"]!);

        Assert.Equal(double.MaxValue, metrics["pinf"].GetValue<double>());
        Assert.Equal(double.MinValue, metrics["ninf"].GetValue<double>());
        Assert.Equal("NaN", metrics["nan"].GetValue<string>());
    }

    [Fact]
    public async Task LogParameter_ValueOver6000_Returns400WithMlflowsMessage()
    {
        await using var harness = await ServerHarness.StartAsync();
        var runId = await NewRunAsync(harness);

        var (status, body) = await Json.PostAsync(harness.Client, $"{Api}/runs/log-parameter", new { run_id = runId, key = "p", value = new string('v', 6001) });

        Assert.Equal(400, status);
        Assert.Equal("INVALID_PARAMETER_VALUE", body!["error_code"]!.GetValue<string>());
        Assert.EndsWith("had length 6001, which exceeded length limit of 6000", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task SetTag_ValueOver5000_Returns400()
    {
        await using var harness = await ServerHarness.StartAsync();
        var runId = await NewRunAsync(harness);

        var (status, body) = await Json.PostAsync(harness.Client, $"{Api}/runs/set-tag", new { run_id = runId, key = "t", value = new string('v', 5001) });

        Assert.Equal(400, status);
        Assert.StartsWith("Tag value 'vvv", body!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task SearchRuns_MaxResultsOver50000_Returns400WithMlflowsSchemaMessage()
    {
        await using var harness = await ServerHarness.StartAsync();

        var (status, body) = await Json.PostAsync(harness.Client, $"{Api}/runs/search", new { experiment_ids = new[] { "0" }, max_results = 123456789 });

        Assert.Equal(400, status);
        Assert.StartsWith("Invalid value 123456789 for parameter 'max_results' supplied", body!["message"]!.GetValue<string>());
    }

    internal static async Task<string> NewRunAsync(ServerHarness harness)
    {
        var (_, created) = await Json.PostAsync(harness.Client, $"{Api}/runs/create", new { experiment_id = "0" });
        return RunId(created);
    }

    private static string RunId(JsonNode? created) => created!["run"]!["info"]!["run_id"]!.GetValue<string>();
}
