namespace Mlops.TrackingServer.Tests.Security;

/// <summary>model-versions/create refuses sources outside the version's run, as MLflow 2.10.2's _validate_source does.</summary>
public sealed class ModelVersionSourceRefusalTests
{
    // {run} is the version's run, {other} another run, {dest} the artifacts destination.
    [Theory]
    [InlineData("file:///etc", true)]
    [InlineData("/etc", true)]
    [InlineData("file:///etc#", true)]
    [InlineData("runs:/{run}/../../..", true)]
    [InlineData("runs:/{run}/model/../../x", true)]
    [InlineData("runs:/{run}/%2e%2e/%2e%2e", true)]
    [InlineData("runs:/{run}/model%00", true)]
    [InlineData("mlflow-artifacts:/0/{other}/artifacts", true)]
    [InlineData("mlflow-artifacts:/0/{other}/artifacts/model", true)]
    [InlineData("mlflow-artifacts:/0/{run}/artifacts/../../{other}/artifacts", true)]
    [InlineData("mlflow-artifacts:/0/{run}/artifacts/%2e%2e/%2e%2e/{other}", true)]
    [InlineData("{dest}/0/{other}/artifacts/model", true)]
    [InlineData("{dest}/0/{run}/artifacts/model", false)]
    [InlineData("{dest}/0/{run}/artifacts/model?x", true)]
    [InlineData("{dest}/0/{run}/artifacts/a\\b", true)]
    [InlineData("s3://bucket/a/../../b", true)]
    [InlineData("http://127.0.0.1/model", true)]
    [InlineData("models:/m/../../etc", false)]
    [InlineData("models:/m/1%2F..", false)]
    public async Task Create_SourceNotInVersionsRun_RefusedAndNothingStored(string template, bool withRunId)
    {
        await using var harness = await ServerHarness.StartAsync();
        var run = await SecurityFixture.CreateRunAsync(harness);
        var other = await SecurityFixture.CreateRunAsync(harness);
        var source = template.Replace("{run}", run).Replace("{other}", other).Replace("{dest}", harness.ArtifactsFolder);

        var (status, body) = await SecurityFixture.CreateVersionAsync(harness, "m", source, withRunId ? run : null);

        SecurityFixture.AssertInvalid(status, body);
        Assert.Equal(0, await SecurityFixture.VersionCountAsync(harness, "m"));
    }

    [Theory]
    [InlineData("runs:/{run}/model", "runs:/{run}/model")]
    [InlineData("runs:/another_run/model", "runs:/another_run/model")]
    [InlineData("models:/m2/1", "models:/m2/1")]
    [InlineData("mlflow-artifacts:/0/{run}/artifacts/model", "mlflow-artifacts:/0/{run}/artifacts/model")]
    [InlineData("{dest}/0/{run}/artifacts/model", "{dest}/0/{run}/artifacts/model")]
    [InlineData("s3://bucket/model", "s3://bucket/model")]
    public async Task Create_SourceInsideVersionsRunOrRemote_Accepted(string template, string expected)
    {
        await using var harness = await ServerHarness.StartAsync();
        var run = await SecurityFixture.CreateRunAsync(harness);
        string Fill(string t) => t.Replace("{run}", run).Replace("{dest}", harness.ArtifactsFolder);

        var (status, body) = await SecurityFixture.CreateVersionAsync(harness, "m", Fill(template), run);

        Assert.Equal(200, status);
        Assert.Equal(Fill(expected), body!["model_version"]!["source"]!.GetValue<string>());
    }
}
