namespace Mlops.TrackingServer.Tests.Artifacts;

/// <summary>A server without the artifact proxy (<c>mlops server --default-artifact-root</c>): file:// URIs, same confinement.</summary>
public sealed class UnproxiedArtifactRootTests
{
    private static Task<ServerHarness> StartUnproxiedAsync() =>
        ServerHarness.StartAsync(configure: options => options with { ProxyArtifacts = false });

    private static async Task<(string ExperimentId, string Location)> CreateExperimentAsync(ServerHarness harness, string name)
    {
        var (_, created) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/experiments/create", new { name });
        var id = created!["experiment_id"]!.GetValue<string>();
        var (_, got) = await Json.GetAsync(harness.Client, $"api/2.0/mlflow/experiments/get?experiment_id={id}");
        return (id, got!["experiment"]!["artifact_location"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateExperiment_Unproxied_LocationIsFileUriOfRootSlashId()
    {
        await using var harness = await StartUnproxiedAsync();

        var (id, location) = await CreateExperimentAsync(harness, "plain files");
        var (_, run) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/runs/create", new { experiment_id = id, start_time = 1L });

        Assert.Equal(new Uri(Path.Combine(harness.ArtifactsFolder, id)).AbsoluteUri, location);
        Assert.StartsWith(location + "/", run!["run"]!["info"]!["artifact_uri"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateExperiment_UnproxiedLocationOutsideRoot_Returns400AndStoresNothing()
    {
        await using var harness = await StartUnproxiedAsync();
        var outside = new Uri(Path.Combine(harness.Folder, "elsewhere")).AbsoluteUri;

        var (status, body) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/experiments/create", new { name = "escape", artifact_location = outside });
        var (_, found) = await Json.GetAsync(harness.Client, "api/2.0/mlflow/experiments/get-by-name?experiment_name=escape");

        Assert.Equal(400, status);
        Assert.Equal("INVALID_PARAMETER_VALUE", body!["error_code"]!.GetValue<string>());
        Assert.Equal("RESOURCE_DOES_NOT_EXIST", found!["error_code"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateModelVersion_UnproxiedFileUriSource_AcceptedInsideTheRunRefusedOutside()
    {
        await using var harness = await StartUnproxiedAsync();
        var (id, _) = await CreateExperimentAsync(harness, "registry");
        var (_, run) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/runs/create", new { experiment_id = id, start_time = 1L });
        var info = run!["run"]!["info"]!;
        var artifactUri = info["artifact_uri"]!.GetValue<string>();
        var runId = info["run_id"]!.GetValue<string>();
        await Json.PostAsync(harness.Client, "api/2.0/mlflow/registered-models/create", new { name = "m" });

        var (inside, _) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/model-versions/create",
            new { name = "m", source = artifactUri + "/model", run_id = runId });
        var (outside, refusal) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/model-versions/create",
            new { name = "m", source = "file:///tmp", run_id = runId });

        Assert.Equal(200, inside);
        Assert.Equal(400, outside);
        Assert.Equal("INVALID_PARAMETER_VALUE", refusal!["error_code"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateModelVersion_DotSegmentsInFileUriSource_ResolvedThenConfinedToTheRun()
    {
        await using var harness = await StartUnproxiedAsync();
        var (id, _) = await CreateExperimentAsync(harness, "dots");
        var (_, run) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/runs/create", new { experiment_id = id, start_time = 1L });
        var info = run!["run"]!["info"]!;
        var artifactUri = info["artifact_uri"]!.GetValue<string>();
        var runId = info["run_id"]!.GetValue<string>();
        await Json.PostAsync(harness.Client, "api/2.0/mlflow/registered-models/create", new { name = "m" });

        var (stays, _) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/model-versions/create",
            new { name = "m", source = artifactUri + "/model/..", run_id = runId });
        var (climbs, refusal) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/model-versions/create",
            new { name = "m", source = artifactUri + "/../..", run_id = runId });

        Assert.Equal(200, stays);
        Assert.Equal(400, climbs);
        Assert.Contains("To use a local path as a model version source", refusal!["message"]!.GetValue<string>());
    }
}
