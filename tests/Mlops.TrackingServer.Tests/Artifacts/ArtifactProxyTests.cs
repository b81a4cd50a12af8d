using Mlops.Core.Errors;
using Mlops.TrackingServer.Artifacts;

namespace Mlops.TrackingServer.Tests.Artifacts;

public sealed class ArtifactProxyTests
{
    [Fact]
    public async Task Upload_ThenDownload_ReturnsSameBytesAndListsThem()
    {
        await using var harness = await ServerHarness.StartAsync();
        var (_, created) = await Json.PostAsync(harness.Client, "api/2.0/mlflow/runs/create", new { experiment_id = "0", start_time = 1L });
        var runId = created!["run"]!["info"]!["run_id"]!.GetValue<string>();
        var artifactUri = created["run"]!["info"]!["artifact_uri"]!.GetValue<string>();
        Assert.Equal($"mlflow-artifacts:/0/{runId}/artifacts", artifactUri);
        var bytes = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        var url = $"api/2.0/mlflow-artifacts/artifacts/0/{runId}/artifacts/model/model.bin";

        using var put = await harness.Client.PutAsync(url, new ByteArrayContent(bytes));
        var downloaded = await harness.Client.GetByteArrayAsync(url);
        var (_, listing) = await Json.GetAsync(harness.Client, $"api/2.0/mlflow/artifacts/list?run_id={runId}&path=model");
        var viaUi = await harness.Client.GetByteArrayAsync($"get-artifact?run_id={runId}&path=model/model.bin");

        Assert.True(put.IsSuccessStatusCode);
        Assert.Equal(bytes, downloaded);
        Assert.Equal(bytes, viaUi);
        var file = Assert.Single(listing!["files"]!.AsArray());
        Assert.Equal("model/model.bin", file!["path"]!.GetValue<string>());
        Assert.Equal(256, file["file_size"]!.GetValue<long>());
        Assert.True(File.Exists(Path.Combine(harness.ArtifactsFolder, "0", runId, "artifacts", "model", "model.bin")));
    }

    [Fact]
    public async Task Download_MissingFile_Returns404ResourceDoesNotExist()
    {
        await using var harness = await ServerHarness.StartAsync();

        var (status, body) = await Json.GetAsync(harness.Client, "api/2.0/mlflow-artifacts/artifacts/0/nothing.txt");

        Assert.Equal(404, status);
        Assert.Equal("RESOURCE_DOES_NOT_EXIST", body!["error_code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("a/../../outside.txt")]
    public void Resolve_PathLeavingDestination_IsRejected(string path)
    {
        var locations = new ArtifactLocations(Path.Combine(Path.GetTempPath(), "dest"));

        var error = Assert.Throws<MlopsException>(() => locations.Resolve(path));

        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
    }

    [Fact]
    public void ToWire_LocationUnderDestination_BecomesMlflowArtifactsUri()
    {
        var root = Path.Combine(Path.GetTempPath(), "dest");
        var locations = new ArtifactLocations(root);

        Assert.Equal("mlflow-artifacts:/1/abc/artifacts", locations.ToWire(Path.Combine(root, "1", "abc", "artifacts")));
        Assert.Equal("/elsewhere/1", locations.ToWire("/elsewhere/1"));
        Assert.Equal(Path.Combine(root, "7"), locations.Check("mlflow-artifacts:/7", "artifact_location"));
    }
}
