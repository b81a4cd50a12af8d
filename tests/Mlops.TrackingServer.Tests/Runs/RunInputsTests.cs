using Mlops.TrackingServer.Tests.Hosting;

namespace Mlops.TrackingServer.Tests.Runs;

/// <summary>
/// runs/log-inputs over a store that declares the dataset-inputs capability (SQLite) and over the same store with it
/// hidden: the documented fallback accepts and drops inputs of an active run, and still refuses a deleted one.
/// </summary>
public sealed class RunInputsTests
{
    private const string Api = "api/2.0/mlflow";
    private static readonly object[] Datasets = [new { dataset = new { name = "train", digest = "abc123", source_type = "local", source = "data.csv" } }];

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 0)]
    public async Task LogInputs_ActiveRun_KeptOnlyWhenTheStoreDeclaresInputs(bool hideCapabilities, int expectedInputs)
    {
        await using var harness = await StartAsync(hideCapabilities);
        var runId = await CreateRunAsync(harness);

        var (status, _) = await Json.PostAsync(harness.Client, $"{Api}/runs/log-inputs", new { run_id = runId, datasets = Datasets });
        var (_, got) = await Json.GetAsync(harness.Client, $"{Api}/runs/get?run_id={runId}");

        Assert.Equal(200, status);
        Assert.Equal(expectedInputs, got!["run"]!["inputs"]?["dataset_inputs"]?.AsArray().Count ?? 0);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task LogInputs_DeletedRun_RefusedWithOrWithoutTheCapability(bool hideCapabilities)
    {
        await using var harness = await StartAsync(hideCapabilities);
        var runId = await CreateRunAsync(harness);
        await Json.PostAsync(harness.Client, $"{Api}/runs/delete", new { run_id = runId });

        var (status, body) = await Json.PostAsync(harness.Client, $"{Api}/runs/log-inputs", new { run_id = runId, datasets = Datasets });

        Assert.Equal(400, status);
        Assert.Equal("INVALID_PARAMETER_VALUE", body!["error_code"]!.GetValue<string>());
        Assert.Contains("must be in the 'active' state", body["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static Task<ServerHarness> StartAsync(bool hideCapabilities) =>
        ServerHarness.StartAsync(configure: options =>
            hideCapabilities ? options with { Tracking = RecordingStore.Wrap(options.Tracking, hideCapabilities: true).Store } : options);

    private static async Task<string> CreateRunAsync(ServerHarness harness)
    {
        var (_, created) = await Json.PostAsync(harness.Client, $"{Api}/runs/create", new { experiment_id = "0" });
        return created!["run"]!["info"]!["run_id"]!.GetValue<string>();
    }
}
