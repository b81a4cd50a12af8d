using Mlops.Core.Errors;

namespace Mlops.Storage.ContractTests;

public abstract partial class ModelRegistryContract
{
    [ContractFact]
    public async Task RenameRegisteredModel_WithVersionsTagsAndAliases_AllFollowTheNewName()
    {
        var name = await NewModelAsync(versions: 2);
        await Registry.SetRegisteredModelTagAsync(name, "team", "a");
        await Registry.SetModelVersionTagAsync(name, 2, "validated", "yes");
        await Registry.SetAliasAsync(name, "champion", 2);
        var newName = UniqueModelName();

        var renamed = await Registry.RenameRegisteredModelAsync(name, newName);

        Assert.Equal(newName, renamed.Name);
        var model = await Registry.GetRegisteredModelAsync(newName);
        Assert.Equal("a", model.Tags["team"]);
        Assert.Equal(2, model.Aliases["champion"]);
        var versions = await Registry.ListModelVersionsAsync(newName);
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.All(versions, v => Assert.Equal(newName, v.Name));
        Assert.Equal("yes", versions[1].Tags["validated"]);
        Assert.Equal(2, (await Registry.GetModelVersionByAliasAsync(newName, "champion")).Version);
        var gone = await Assert.ThrowsAsync<MlopsException>(() => Registry.GetRegisteredModelAsync(name));
        Assert.Equal(ErrorCode.ResourceDoesNotExist, gone.Code);
    }

    [ContractFact]
    public async Task RenameRegisteredModel_NameTaken_ResourceAlreadyExistsAndBothUnchanged()
    {
        var name = await NewModelAsync(versions: 1);
        var taken = await NewModelAsync();

        var error = await Assert.ThrowsAsync<MlopsException>(() => Registry.RenameRegisteredModelAsync(name, taken));

        Assert.Equal(ErrorCode.ResourceAlreadyExists, error.Code);
        Assert.Contains(taken, error.Message);
        Assert.Single(await Registry.ListModelVersionsAsync(name));
        Assert.Empty(await Registry.ListModelVersionsAsync(taken));
    }

    [ContractFact]
    public async Task RenameRegisteredModel_MissingModel_ResourceDoesNotExist()
    {
        var error = await Assert.ThrowsAsync<MlopsException>(
            () => Registry.RenameRegisteredModelAsync(UniqueModelName(), UniqueModelName()));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
    }

    [ContractFact]
    public async Task RenameRegisteredModel_AfterVersionDeleted_NextVersionNumberNotReused()
    {
        var name = await NewModelAsync(versions: 2);
        await Registry.DeleteModelVersionAsync(name, 2);
        var newName = UniqueModelName();

        await Registry.RenameRegisteredModelAsync(name, newName);
        var next = await Registry.CreateModelVersionAsync(newName, Source(newName, 3), runId: null);

        Assert.Equal(3, next.Version);
    }
}
