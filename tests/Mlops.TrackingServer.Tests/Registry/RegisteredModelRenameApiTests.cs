namespace Mlops.TrackingServer.Tests.Registry;

public sealed class RegisteredModelRenameApiTests
{
    private const string Api = "api/2.0/mlflow";

    [Fact]
    public async Task Rename_ExistingModel_ReturnsRenamedModelAndVersionsFollow()
    {
        await using var harness = await ServerHarness.StartAsync();
        await Json.PostAsync(harness.Client, $"{Api}/registered-models/create", new { name = "old" });
        await Json.PostAsync(harness.Client, $"{Api}/model-versions/create", new { name = "old", source = "mlflow-artifacts:/0/r/artifacts/model" });

        var (status, body) = await Json.PostAsync(harness.Client, $"{Api}/registered-models/rename", new { name = "old", new_name = "new" });
        var (get, version) = await Json.GetAsync(harness.Client, $"{Api}/model-versions/get?name=new&version=1");
        var (oldGet, _) = await Json.GetAsync(harness.Client, $"{Api}/registered-models/get?name=old");

        Assert.Equal(200, status);
        Assert.Equal("new", body!["registered_model"]!["name"]!.GetValue<string>());
        Assert.Equal(200, get);
        Assert.Equal("new", version!["model_version"]!["name"]!.GetValue<string>());
        Assert.Equal(404, oldGet);
    }

    [Fact]
    public async Task Rename_NameTaken_Returns400ResourceAlreadyExists()
    {
        await using var harness = await ServerHarness.StartAsync();
        await Json.PostAsync(harness.Client, $"{Api}/registered-models/create", new { name = "a" });
        await Json.PostAsync(harness.Client, $"{Api}/registered-models/create", new { name = "b" });

        var (status, body) = await Json.PostAsync(harness.Client, $"{Api}/registered-models/rename", new { name = "a", new_name = "b" });

        Assert.Equal(400, status);
        Assert.Equal("RESOURCE_ALREADY_EXISTS", body!["error_code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rename_MissingNewName_Returns400InvalidParameterValue()
    {
        await using var harness = await ServerHarness.StartAsync();
        await Json.PostAsync(harness.Client, $"{Api}/registered-models/create", new { name = "a" });

        var (status, body) = await Json.PostAsync(harness.Client, $"{Api}/registered-models/rename", new { name = "a" });

        Assert.Equal(400, status);
        Assert.Equal("INVALID_PARAMETER_VALUE", body!["error_code"]!.GetValue<string>());
    }
}
