using Mlops.Core.Errors;
using Mlops.Storage.ContractTests.MlflowRest.Replay;
using Mlops.Storage.MlflowRest.Registry;

namespace Mlops.Storage.ContractTests.MlflowRest;

/// <summary>Registered models replayed against recordings 38–40, 51, 55, 56 and 60.</summary>
public sealed class RegisteredModelReplayTests
{
    private const string Model = "obesity_classifier";
    private readonly ReplayHandler handler = new();

    private MlflowModelRegistry Registry => ReplayStore.Open(handler).Registry;

    [Fact]
    public async Task CreateRegisteredModel_WithDescriptionAndTags_SendsRecordedRequest()
    {
        handler.Expect("38-registered-models-create");

        var model = await Registry.CreateRegisteredModelAsync(Model, "Obesity level classifier",
            new Dictionary<string, string> { ["task"] = "multiclass" });

        Assert.Equal(1795716267699, model.CreationTimestamp);
        Assert.Equal("multiclass", model.Tags["task"]);
        Assert.Empty(model.LatestVersions);
        Assert.Empty(model.Aliases);
    }

    [Fact]
    public async Task CreateRegisteredModel_Duplicate_ResourceAlreadyExists()
    {
        handler.Expect("39-registered-models-create-duplicate");

        var error = await Assert.ThrowsAsync<MlopsException>(() => Registry.CreateRegisteredModelAsync(Model));

        Assert.Equal(ErrorCode.ResourceAlreadyExists, error.Code);
        Assert.StartsWith($"Registered Model (name={Model}) already exists.", error.Message);
    }

    [Fact]
    public async Task GetRegisteredModel_BeforeVersions_MapsDescription()
    {
        handler.Expect("40-registered-models-get");

        Assert.Equal("Obesity level classifier", (await Registry.GetRegisteredModelAsync(Model)).Description);
    }

    [Fact]
    public async Task SearchRegisteredModels_Filter_MapsLatestVersionsAndAliases()
    {
        handler.Expect("51-registered-models-search");

        var page = await Registry.SearchRegisteredModelsAsync("name LIKE 'obesity%'", maxResults: 10);

        var model = Assert.Single(page.Items);
        Assert.Equal([1, 2], model.LatestVersions.Select(v => v.Version));
        Assert.Equal(1, model.Aliases["champion"]);
        Assert.Null(page.NextPageToken);
    }

    [Fact]
    public async Task UpdateRegisteredModelThenGet_SendsPatchAndMapsAliases()
    {
        handler.Expect("55-registered-models-update").Expect("56-registered-models-get-after-alias");

        await Registry.UpdateRegisteredModelAsync(Model, "Obesity level classifier (updated)");
        var model = await Registry.GetRegisteredModelAsync(Model);

        Assert.Equal(new Dictionary<string, int> { ["champion"] = 1 }, model.Aliases);
        Assert.Equal("peer", model.LatestVersions.Single(v => v.Version == 1).Tags["approved_by"]);
    }

    [Fact]
    public async Task GetRegisteredModel_Missing_ResourceDoesNotExistWithMlflowMessage()
    {
        handler.Expect("60-registered-models-get-missing");

        var error = await Assert.ThrowsAsync<MlopsException>(() => Registry.GetRegisteredModelAsync("no_such_model"));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
        Assert.Equal("Registered Model with name=no_such_model not found", error.Message);
    }

    [Fact]
    public async Task DeleteCalls_UseDeleteWithJsonBody()
    {
        var stub = new StubHandler().Respond("{}").Respond("{}");
        var registry = ReplayStore.Open(stub).Registry;

        await registry.DeleteModelVersionTagAsync(Model, 3, "k");
        await registry.DeleteRegisteredModelAsync(Model);

        Assert.Equal(["DELETE /api/2.0/mlflow/model-versions/delete-tag", "DELETE /api/2.0/mlflow/registered-models/delete"], stub.Urls);
        Assert.Equal(["""{"name":"obesity_classifier","version":"3","key":"k"}""", """{"name":"obesity_classifier"}"""], stub.Bodies);
    }
}
