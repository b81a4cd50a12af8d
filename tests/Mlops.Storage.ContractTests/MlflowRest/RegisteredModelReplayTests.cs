using Mlops.Core.Errors;
using Mlops.Core.Registry;
using Mlops.Storage.ContractTests.MlflowRest.Replay;
using Mlops.Storage.MlflowRest.Registry;

namespace Mlops.Storage.ContractTests.MlflowRest;

/// <summary>Registered models and versions replayed against recordings 38–44, 49–56 and 59–60.</summary>
public sealed class RegistryReplayTests
{
    private const string Model = "obesity_classifier";
    private const string RunId = RunReplayTests.RunId;
    private static readonly string ModelSource = $"mlflow-artifacts:/1/{RunId}/artifacts/model";
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
    public async Task CreateModelVersion_WithTagsAndDescription_MapsVersion()
    {
        handler.Expect("41-model-versions-create");

        var version = await Registry.CreateModelVersionAsync(Model, ModelSource, RunId,
            new Dictionary<string, string> { ["validated"] = "true" }, "first version");

        Assert.Equal(new ModelVersion(Model, 1, 1795716267790, 1795716267790, ModelStage.None, "first version", ModelSource,
            RunId, "READY", version.Tags, version.Aliases), version);
        Assert.Equal("true", version.Tags["validated"]);
        Assert.Empty(version.Aliases);
    }

    [Fact]
    public async Task CreateModelVersion_RunsUriNoDescription_EmptyDescriptionIsNull()
    {
        handler.Expect("43-model-versions-create-runs-uri");

        var version = await Registry.CreateModelVersionAsync(Model, $"runs:/{RunId}/model", RunId);

        Assert.Equal(2, version.Version);
        Assert.Null(version.Description);
        Assert.Empty(version.Tags);
    }

    [Fact]
    public async Task GetModelVersion_Recorded_SendsVersionAsString()
    {
        handler.Expect("42-model-versions-get");

        Assert.Equal("first version", (await Registry.GetModelVersionAsync(Model, 1)).Description);
    }

    [Fact]
    public async Task TransitionStage_Staging_SendsArchiveFlagAndMapsStage()
    {
        handler.Expect("44-model-versions-transition-stage");

        var version = await Registry.TransitionStageAsync(Model, 1, ModelStage.Staging, archiveExisting: false);

        Assert.Equal(ModelStage.Staging, version.Stage);
        Assert.Equal(1795716267894, version.LastUpdatedTimestamp);
    }

    [Fact]
    public async Task GetLatestVersions_Staging_SendsStageNames()
    {
        handler.Expect("49-registered-models-get-latest-versions");

        var latest = await Registry.GetLatestVersionsAsync(Model, [ModelStage.Staging]);

        Assert.Equal([1], latest.Select(v => v.Version));
    }

    [Fact]
    public async Task ListModelVersions_Recorded_SearchesByNameFilter()
    {
        handler.Expect("50-model-versions-search");

        var versions = await Registry.ListModelVersionsAsync(Model);

        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal([ModelStage.Staging, ModelStage.None], versions.Select(v => v.Stage));
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
    public async Task GetModelVersionDownloadUri_Recorded_ReturnsArtifactUri()
    {
        handler.Expect("52-model-versions-get-download-uri");

        Assert.Equal(ModelSource, await Registry.GetModelVersionDownloadUriAsync(Model, 1));
    }

    [Fact]
    public async Task UpdateModelVersionThenSetTag_SendRecordedRequests()
    {
        handler.Expect("53-model-versions-update").Expect("54-model-versions-set-tag");

        await Registry.UpdateModelVersionAsync(Model, 1, "validated on holdout");
        await Registry.SetModelVersionTagAsync(Model, 1, "approved_by", "peer");

        handler.AssertAllServed();
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
    public async Task GetModelVersion_Missing_ResourceDoesNotExistWithMlflowMessage()
    {
        handler.Expect("59-model-versions-get-missing");

        var error = await Assert.ThrowsAsync<MlopsException>(() => Registry.GetModelVersionAsync(Model, 999));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
        Assert.Equal($"Model Version (name={Model}, version=999) not found", error.Message);
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
