using System.Net;

namespace Mlops.TrackingServer.Tests.Artifacts;

public sealed class ArtifactDownloadTests
{
    [Theory]
    [InlineData("get-artifact?run_id={run}&path=report/page.html")]
    [InlineData("api/2.0/mlflow-artifacts/artifacts/0/{run}/artifacts/report/page.html")]
    [InlineData("api/2.0/mlflow/model-versions/get-artifact?name=m&version=1&path=page.html")]
    public async Task Download_HtmlArtifact_SentAsAttachmentWithNosniff(string template)
    {
        await using var harness = await ServerHarness.StartAsync();
        var run = await Security.SecurityFixture.CreateRunAsync(harness);
        var report = Path.Combine(Security.SecurityFixture.RunFolder(harness, run), "report");
        Directory.CreateDirectory(report);
        await File.WriteAllTextAsync(Path.Combine(report, "page.html"), "<script>alert(1)</script>");
        await Security.SecurityFixture.CreateVersionAsync(harness, "m", $"runs:/{run}/report", run);

        using var response = await harness.Client.GetAsync(template.Replace("{run}", run));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("page.html", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("<script>alert(1)</script>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetModelVersionArtifact_FileOfProxiedSource_StreamsIt()
    {
        await using var harness = await ServerHarness.StartAsync();
        var run = await Security.SecurityFixture.CreateRunAsync(harness);
        var model = Path.Combine(Security.SecurityFixture.RunFolder(harness, run), "model");
        Directory.CreateDirectory(model);
        await File.WriteAllTextAsync(Path.Combine(model, "MLmodel"), "flavors: {}");
        await Security.SecurityFixture.CreateVersionAsync(harness, "m", $"mlflow-artifacts:/0/{run}/artifacts/model", run);

        var text = await harness.Client.GetStringAsync("api/2.0/mlflow/model-versions/get-artifact?name=m&version=1&path=MLmodel");
        var (missing, body) = await Json.GetAsync(harness.Client, "api/2.0/mlflow/model-versions/get-artifact?name=m&version=1&path=nothing");

        Assert.Equal("flavors: {}", text);
        Assert.Equal(404, missing);
        Assert.Equal("RESOURCE_DOES_NOT_EXIST", body!["error_code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ProxyDelete_FileThenFolderThenMissing_RemovesAndAnswersEmpty()
    {
        await using var harness = await ServerHarness.StartAsync();
        var baseUrl = "api/2.0/mlflow-artifacts/artifacts/0/r/artifacts";
        await harness.Client.PutAsync($"{baseUrl}/a/one.txt", new StringContent("1"));
        await harness.Client.PutAsync($"{baseUrl}/a/b/two.txt", new StringContent("2"));
        var folder = Path.Combine(harness.ArtifactsFolder, "0", "r", "artifacts", "a");

        using var file = await harness.Client.DeleteAsync($"{baseUrl}/a/one.txt");
        var fileGone = !File.Exists(Path.Combine(folder, "one.txt")) && File.Exists(Path.Combine(folder, "b", "two.txt"));
        using var tree = await harness.Client.DeleteAsync($"{baseUrl}/a");
        using var missing = await harness.Client.DeleteAsync($"{baseUrl}/a");

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("{}", await file.Content.ReadAsStringAsync());
        Assert.True(fileGone);
        Assert.Equal(HttpStatusCode.OK, tree.StatusCode);
        Assert.False(Directory.Exists(folder));
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
    }

    [Fact]
    public async Task ProxyDelete_LinkInsideRootPointingOut_RefusedAndTargetKept()
    {
        await using var harness = await ServerHarness.StartAsync();
        var outside = Directory.CreateTempSubdirectory("mlops-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "keep.txt"), "keep");
            Directory.CreateDirectory(harness.ArtifactsFolder);
            Directory.CreateSymbolicLink(Path.Combine(harness.ArtifactsFolder, "out"), outside);

            var (status, body) = await Json.PostAsync(harness.Client, "api/2.0/mlflow-artifacts/artifacts/out/keep.txt", new { }, HttpMethod.Delete);

            Assert.Equal(400, status);
            Assert.Equal("INVALID_PARAMETER_VALUE", body!["error_code"]!.GetValue<string>());
            Assert.True(File.Exists(Path.Combine(outside, "keep.txt")));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }
}
