namespace Mlops.TrackingServer.Tests.Wire;

/// <summary>Messages worded as MLflow 2.10.2's handlers word them (its own server tests match on the text).</summary>
public sealed class MlflowWordingTests
{
    private static async Task<string> CreateRunAsync(ServerHarness harness)
    {
        var (_, created) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/runs/create", new { experiment_id = "0", start_time = 1L });
        return created!["run"]!["info"]!["run_id"]!.GetValue<string>();
    }

    private static async Task<string> RefusalAsync(ServerHarness harness, string path, object body)
    {
        var (status, answer) = await Json.PostAsync(harness.Client, path, body);
        Assert.Equal(400, status);
        Assert.Equal("INVALID_PARAMETER_VALUE", answer!["error_code"]!.GetValue<string>());
        return answer["message"]!.GetValue<string>();
    }

    [Fact]
    public async Task LogBatch_MetricWithoutTimestamp_EchoesTheListAsPythonRepr()
    {
        await using var harness = await ServerHarness.StartAsync();
        var runId = await CreateRunAsync(harness);

        var message = await RefusalAsync(harness, "api/2.0/mlflow/runs/log-batch",
            new { run_id = runId, metrics = new[] { new { key = "mae", value = 2.5 } } });

        Assert.StartsWith("Invalid value [{'key': 'mae', 'value': 2.5}] for parameter 'metrics' supplied. Hint: Value was of type 'list'.", message);
    }

    [Fact]
    public async Task LogBatch_ParamWithoutKey_EchoesTheListAndStoresNothing()
    {
        await using var harness = await ServerHarness.StartAsync();
        var runId = await CreateRunAsync(harness);

        var message = await RefusalAsync(harness, "api/2.0/mlflow/runs/log-batch",
            new { run_id = runId, @params = new object[] { new { key = "a", value = "it's" }, new { value = "v" } } });
        var (_, run) = await Json.GetAsync(harness.Client, $"api/2.0/mlflow/runs/get?run_id={runId}");

        Assert.StartsWith("Invalid value [{'key': 'a', 'value': \"it's\"}, {'value': 'v'}] for parameter 'params' supplied.", message);
        Assert.Null(run!["run"]!["data"]!["params"]);
    }

    [Fact]
    public async Task LogInputs_NoRunIdAndBadDatasets_NamesTheMissingRunIdFirst()
    {
        await using var harness = await ServerHarness.StartAsync();

        var message = await RefusalAsync(harness, "api/2.0/mlflow/runs/log-inputs", new { datasets = new[] { "{\"dataset\": {}}" } });

        Assert.StartsWith("Missing value for required parameter 'run_id'.", message);
    }

    [Fact]
    public async Task LogInputs_NoDatasets_NamesTheMissingDatasets()
    {
        await using var harness = await ServerHarness.StartAsync();
        var runId = await CreateRunAsync(harness);

        var message = await RefusalAsync(harness, "api/2.0/mlflow/runs/log-inputs", new { run_id = runId });

        Assert.StartsWith("Missing value for required parameter 'datasets'.", message);
    }
}
