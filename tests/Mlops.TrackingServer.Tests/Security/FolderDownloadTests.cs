namespace Mlops.TrackingServer.Tests.Security;

/// <summary>Points the process's temp folder at an empty one to see that nothing is copied there, so it runs alone.</summary>
[Collection(nameof(FolderDownloadTests))]
public sealed class FolderDownloadTests
{
    [Fact]
    public async Task GetArtifact_Folder_Answers4xxAndCopiesNothing()
    {
        await using var harness = await ServerHarness.StartAsync();
        var run = await SecurityFixture.CreateRunAsync(harness);
        var model = Path.Combine(SecurityFixture.RunFolder(harness, run), "model");
        Directory.CreateDirectory(model);
        for (var i = 0; i < 20; i++)
        {
            File.WriteAllBytes(Path.Combine(model, $"part-{i}.bin"), new byte[64 * 1024]);
        }
        var temp = Directory.CreateTempSubdirectory("mlops-tmpdir-").FullName;
        var previous = Environment.GetEnvironmentVariable("TMPDIR");
        Environment.SetEnvironmentVariable("TMPDIR", temp + "/");
        try
        {
            Assert.Equal(temp, Path.GetTempPath().TrimEnd('/'));

            var (status, body) = await Json.GetAsync(harness.Client, $"get-artifact?run_id={run}&path=model");
            var (versionStatus, _) = await SecurityFixture.CreateVersionAsync(harness, "m", $"runs:/{run}/model", run);
            var (viaVersion, _) = await Json.GetAsync(harness.Client, "api/2.0/mlflow/model-versions/get-artifact?name=m&version=1&path=.");
            var (viaProxy, _) = await Json.GetAsync(harness.Client, $"api/2.0/mlflow-artifacts/artifacts/0/{run}/artifacts/model");

            SecurityFixture.AssertInvalid(status, body);
            Assert.Equal(200, versionStatus);
            Assert.Equal(400, viaVersion);
            Assert.Equal(400, viaProxy);
            Assert.Empty(Directory.EnumerateFileSystemEntries(temp));
        }
        finally
        {
            Environment.SetEnvironmentVariable("TMPDIR", previous);
            Directory.Delete(temp, recursive: true);
        }
    }
}
