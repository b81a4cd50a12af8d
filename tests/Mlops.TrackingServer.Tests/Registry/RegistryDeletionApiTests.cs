namespace Mlops.TrackingServer.Tests.Registry;

public sealed class RegistryDeletionApiTests
{
    private const string Api = "api/2.0/mlflow";

    [Fact]
    public async Task SetTagThenDeleteTag_RegisteredModel_TagAddedThenRemoved()
    {
        await using var harness = await ServerHarness.StartAsync();
        await Json.PostAsync(harness.Client, $"{Api}/registered-models/create", new { name = "m" });

        var (set, _) = await Json.PostAsync(harness.Client, $"{Api}/registered-models/set-tag", new { name = "m", key = "team", value = "a" });
        var (_, withTag) = await Json.GetAsync(harness.Client, $"{Api}/registered-models/get?name=m");
        var (deleted, _) = await Json.PostAsync(harness.Client, $"{Api}/registered-models/delete-tag", new { name = "m", key = "team" }, HttpMethod.Delete);
        var (_, withoutTag) = await Json.GetAsync(harness.Client, $"{Api}/registered-models/get?name=m");

        Assert.Equal(200, set);
        Assert.Equal("team", withTag!["registered_model"]!["tags"]![0]!["key"]!.GetValue<string>());
        Assert.Equal(200, deleted);
        Assert.Null(withoutTag!["registered_model"]!["tags"]);
    }

    [Fact]
    public async Task SetTag_MissingModel_Returns404()
    {
        await using var harness = await ServerHarness.StartAsync();

        var (status, body) = await Json.PostAsync(harness.Client, $"{Api}/registered-models/set-tag", new { name = "none", key = "k", value = "v" });

        Assert.Equal(404, status);
        Assert.Equal("RESOURCE_DOES_NOT_EXIST", body!["error_code"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeleteModelVersion_Existing_GoneThen404()
    {
        await using var harness = await ServerHarness.StartAsync();
        await Json.PostAsync(harness.Client, $"{Api}/registered-models/create", new { name = "m" });
        await Json.PostAsync(harness.Client, $"{Api}/model-versions/create", new { name = "m", source = "mlflow-artifacts:/0/x/artifacts/model" });

        var (deleted, _) = await Json.PostAsync(harness.Client, $"{Api}/model-versions/delete", new { name = "m", version = "1" }, HttpMethod.Delete);
        var (get, _) = await Json.GetAsync(harness.Client, $"{Api}/model-versions/get?name=m&version=1");
        var (again, body) = await Json.PostAsync(harness.Client, $"{Api}/model-versions/delete", new { name = "m", version = "1" }, HttpMethod.Delete);

        Assert.Equal(200, deleted);
        Assert.Equal(404, get);
        Assert.Equal(404, again);
        Assert.Equal("RESOURCE_DOES_NOT_EXIST", body!["error_code"]!.GetValue<string>());
    }
}
