using System.Text.Json.Nodes;

namespace Mlops.TrackingServer.Tests.Runs;

public sealed class LogModelApiTests
{
    private const string Api = "api/2.0/mlflow";

    [Fact]
    public async Task LogModel_Twice_BothAppendedToHistoryTagInOrder()
    {
        await using var harness = await ServerHarness.StartAsync();
        var runId = await RunParityApiTests.NewRunAsync(harness);

        var (first, _) = await LogModelAsync(harness, runId, Model(runId, "model"));
        var (second, _) = await LogModelAsync(harness, runId, Model(runId, "other"));
        var (_, got) = await Json.GetAsync(harness.Client, $"{Api}/runs/get?run_id={runId}");
        var tag = got!["run"]!["data"]!["tags"]!.AsArray().Single(t => t!["key"]!.GetValue<string>() == "mlflow.log-model.history");
        var history = JsonNode.Parse(tag!["value"]!.GetValue<string>())!.AsArray();

        Assert.Equal(200, first);
        Assert.Equal(200, second);
        Assert.Equal(["model", "other"], history.Select(m => m!["artifact_path"]!.GetValue<string>()));
        Assert.Equal("1.0", history[0]!["flavors"]!["python_function"]!["version"]!.GetValue<string>());
        Assert.False(history[0]!.AsObject().ContainsKey("signature"), "null fields are dropped, as Model.to_dict does");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1]")]
    [InlineData("""{"artifact_path":"model","flavors":{}}""")]
    public async Task LogModel_MalformedOrIncompleteModel_Returns400(string modelJson)
    {
        await using var harness = await ServerHarness.StartAsync();
        var runId = await RunParityApiTests.NewRunAsync(harness);

        var (status, body) = await LogModelAsync(harness, runId, modelJson);

        Assert.Equal(400, status);
        Assert.Equal("INVALID_PARAMETER_VALUE", body!["error_code"]!.GetValue<string>());
    }

    [Fact]
    public async Task LogModel_UnknownRun_Returns404()
    {
        await using var harness = await ServerHarness.StartAsync();

        var (status, _) = await LogModelAsync(harness, "0123456789abcdef0123456789abcdef", Model("x", "model"));

        Assert.Equal(404, status);
    }

    private static Task<(int, JsonNode?)> LogModelAsync(ServerHarness harness, string runId, string modelJson) =>
        Json.PostAsync(harness.Client, $"{Api}/runs/log-model", new { run_id = runId, model_json = modelJson });

    private static string Model(string runId, string path) =>
        $$$"""{"artifact_path":"{{{path}}}","run_id":"{{{runId}}}","utc_time_created":"2026-12-06 20:00:00.000000","flavors":{"python_function":{"version":"1.0"}},"signature":null}""";
}
