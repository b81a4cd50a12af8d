using Mlops.Core.Errors;
using Mlops.Core.Registry;

namespace Mlops.Storage.ContractTests;

public abstract partial class ModelRegistryContract
{
    [ContractFact]
    public async Task TransitionStage_ArchiveExisting_ArchivesOtherVersionsInThatStage()
    {
        var name = await NewModelAsync(versions: 3);
        await Registry.TransitionStageAsync(name, 1, ModelStage.Production, archiveExisting: false);
        await Registry.TransitionStageAsync(name, 3, ModelStage.Staging, archiveExisting: false);

        var moved = await Registry.TransitionStageAsync(name, 2, ModelStage.Production, archiveExisting: true);

        Assert.Equal(ModelStage.Production, moved.Stage);
        Assert.Equal(ModelStage.Archived, (await Registry.GetModelVersionAsync(name, 1)).Stage);
        Assert.Equal(ModelStage.Staging, (await Registry.GetModelVersionAsync(name, 3)).Stage);
    }

    [ContractFact]
    public async Task TransitionStage_WithoutArchive_KeepsBothInStage()
    {
        var name = await NewModelAsync(versions: 2);

        await Registry.TransitionStageAsync(name, 1, ModelStage.Staging, archiveExisting: false);
        await Registry.TransitionStageAsync(name, 2, ModelStage.Staging, archiveExisting: false);

        Assert.All(await Registry.ListModelVersionsAsync(name), v => Assert.Equal(ModelStage.Staging, v.Stage));
    }

    [ContractFact]
    public async Task TransitionStage_MissingVersion_ResourceDoesNotExist()
    {
        var name = await NewModelAsync(versions: 1);

        var error = await Assert.ThrowsAsync<MlopsException>(() =>
            Registry.TransitionStageAsync(name, 42, ModelStage.Staging, archiveExisting: false));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
    }

    [ContractFact]
    public async Task GetLatestVersions_PerStage_HighestVersionInEachStage()
    {
        var name = await NewModelAsync(versions: 4);
        await Registry.TransitionStageAsync(name, 1, ModelStage.Production, archiveExisting: false);
        await Registry.TransitionStageAsync(name, 2, ModelStage.Staging, archiveExisting: false);
        await Registry.TransitionStageAsync(name, 3, ModelStage.Staging, archiveExisting: false);

        var staging = await Registry.GetLatestVersionsAsync(name, [ModelStage.Staging]);
        var all = await Registry.GetLatestVersionsAsync(name, []);
        var model = await Registry.GetRegisteredModelAsync(name);

        Assert.Equal([3], staging.Select(v => v.Version));
        Assert.Equal([1, 3, 4], all.Select(v => v.Version).Order());
        Assert.Equal([1, 3, 4], model.LatestVersions.Select(v => v.Version).Order());
    }

    [ContractFact]
    public async Task SetAlias_ThenGetByAlias_ReturnsVersionListingTheAlias()
    {
        var name = await NewModelAsync(versions: 2);

        await Registry.SetAliasAsync(name, "champion", 1);
        var version = await Registry.GetModelVersionByAliasAsync(name, "champion");
        var model = await Registry.GetRegisteredModelAsync(name);

        Assert.Equal(1, version.Version);
        Assert.Equal(["champion"], version.Aliases);
        Assert.Equal(1, model.Aliases["champion"]);
    }

    [ContractFact]
    public async Task SetAlias_Again_MovesAliasToNewVersion()
    {
        var name = await NewModelAsync(versions: 2);
        await Registry.SetAliasAsync(name, "champion", 1);

        await Registry.SetAliasAsync(name, "champion", 2);

        Assert.Equal(2, (await Registry.GetModelVersionByAliasAsync(name, "champion")).Version);
        Assert.Empty((await Registry.GetModelVersionAsync(name, 1)).Aliases);
    }

    [ContractFact]
    public async Task DeleteAlias_ThenGetByAlias_ResourceDoesNotExistNamingAlias()
    {
        var name = await NewModelAsync(versions: 1);
        await Registry.SetAliasAsync(name, "champion", 1);

        await Registry.DeleteAliasAsync(name, "champion");
        var error = await Assert.ThrowsAsync<MlopsException>(() => Registry.GetModelVersionByAliasAsync(name, "champion"));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
        Assert.Contains("champion", error.Message);
    }

    [ContractFact]
    public async Task GetByAlias_NeverSet_ResourceDoesNotExist()
    {
        var name = await NewModelAsync(versions: 1);

        var error = await Assert.ThrowsAsync<MlopsException>(() => Registry.GetModelVersionByAliasAsync(name, "nobody"));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
        Assert.Equal("Registered model alias nobody not found.", error.Message);
    }

    [ContractFact]
    public async Task SetAlias_MissingVersion_ResourceDoesNotExist()
    {
        var name = await NewModelAsync(versions: 1);

        var error = await Assert.ThrowsAsync<MlopsException>(() => Registry.SetAliasAsync(name, "champion", 5));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
    }
}
