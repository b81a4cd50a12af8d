namespace Mlops.TrackingServer.Tests.Security;

/// <summary>experiments/create refuses every location that could make a run's artifacts leave the destination.</summary>
public sealed class ArtifactLocationRefusalTests
{
    // {dest} is the server's artifacts destination, {store} the folder holding it and the database.
    [Theory]
    [InlineData("file:///etc#")]
    [InlineData("file:///etc")]
    [InlineData("/etc")]
    [InlineData("file:///#")]
    [InlineData("file:///etc?x=1")]
    [InlineData("{dest}#")]
    [InlineData("{dest}?x")]
    [InlineData("{dest}/x#")]
    [InlineData("{dest}/..")]
    [InlineData("{dest}/x/../..")]
    [InlineData("{dest}/%2e%2e")]
    [InlineData("{dest}/%252e%252e")]
    [InlineData("{dest}/%c0%ae%c0%ae")]
    [InlineData("{dest}/x%00")]
    [InlineData("{dest}/x\\..\\..")]
    [InlineData("{dest}/a%2Fb")]
    [InlineData("{store}")]
    [InlineData("file://{store}")]
    [InlineData("file://evil.example{dest}")]
    [InlineData("mlflow-artifacts:/../x")]
    [InlineData("mlflow-artifacts:/%2e%2e/x")]
    [InlineData("mlflow-artifacts:/x#")]
    [InlineData("http://127.0.0.1/x")]
    [InlineData("s3://bucket/../x")]
    public async Task Create_LocationOutsideOrMalformed_RefusedAndNothingStored(string template)
    {
        await using var harness = await ServerHarness.StartAsync();
        var location = template.Replace("{dest}", harness.ArtifactsFolder).Replace("{store}", harness.Folder);

        var (status, body) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/experiments/create",
            new { name = "attack", artifact_location = location });

        SecurityFixture.AssertInvalid(status, body);
        Assert.Null(await harness.Store.Tracking.GetExperimentByNameAsync("attack"));
    }

    [Theory]
    [InlineData("{dest}/custom", "mlflow-artifacts:/custom")]
    [InlineData("file://{dest}/custom", "mlflow-artifacts:/custom")]
    [InlineData("mlflow-artifacts:/custom", "mlflow-artifacts:/custom")]
    [InlineData("s3://bucket/path", "s3://bucket/path")]
    public async Task Create_LocationInsideDestinationOrRemote_Accepted(string template, string expectedWire)
    {
        await using var harness = await ServerHarness.StartAsync();
        var location = template.Replace("{dest}", harness.ArtifactsFolder);

        var (status, created) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/experiments/create",
            new { name = "fine", artifact_location = location });
        var id = created!["experiment_id"]!.GetValue<string>();
        var (_, read) = await Json.GetAsync(harness.Client, $"api/2.0/mlflow/experiments/get?experiment_id={id}");

        Assert.Equal(200, status);
        Assert.Equal(expectedWire, read!["experiment"]!["artifact_location"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateRun_ExperimentStoredWithOutsideLocation_RefusedAndNoRunStored()
    {
        await using var harness = await ServerHarness.StartAsync();
        // Written to the store directly, as data from before locations were checked would be.
        var experimentId = await harness.Store.Tracking.CreateExperimentAsync("legacy", "file:///etc#");

        var (status, body) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/runs/create", new { experiment_id = experimentId });
        var (_, found) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/runs/search", new { experiment_ids = new[] { experimentId } });

        SecurityFixture.AssertInvalid(status, body);
        Assert.Null(found?["runs"]);
    }

    [Fact]
    public async Task GetArtifact_RunStoredUnderOutsideLocation_RefusedWithoutReading()
    {
        await using var harness = await ServerHarness.StartAsync();
        var experimentId = await harness.Store.Tracking.CreateExperimentAsync("legacy", "file:///etc#");
        var run = await harness.Store.Tracking.CreateRunAsync(experimentId, null, 1);

        var (status, body) = await Json.GetAsync(harness.Client, $"get-artifact?run_id={run.RunId}&path=passwd");

        SecurityFixture.AssertInvalid(status, body);
    }
}
