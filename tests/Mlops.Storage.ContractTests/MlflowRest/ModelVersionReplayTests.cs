using Mlops.Core.Errors;
using Mlops.Core.Registry;
using Mlops.Storage.ContractTests.MlflowRest.Replay;
using Mlops.Storage.MlflowRest.Registry;

namespace Mlops.Storage.ContractTests.MlflowRest;

/// <summary>Model versions replayed against recordings 41–44, 49, 50, 52–54 and 59.</summary>
public sealed class ModelVersionReplayTests
{
    private const string Model = "obesity_classifier";
    private const string RunId = RunReplayTests.RunId;
    private static readonly string ModelSource = $"mlflow-artifacts:/1/{RunId}/artifacts/model";
    private readonly ReplayHandler handler = new();

    private MlflowModelRegistry Registry => ReplayStore.Open(handler).Registry;

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
    public async Task GetModelVersion_Missing_ResourceDoesNotExistWithMlflowMessage()
    {
        handler.Expect("59-model-versions-get-missing");

        var error = await Assert.ThrowsAsync<MlopsException>(() => Registry.GetModelVersionAsync(Model, 999));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
        Assert.Equal($"Model Version (name={Model}, version=999) not found", error.Message);
    }
}
