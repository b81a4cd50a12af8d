using Mlops.Core.Errors;

namespace Mlops.Storage.ContractTests;

public abstract partial class ModelRegistryContract
{
    [ContractFact]
    public async Task SetRegisteredModelTag_NewAndExistingKey_LastValueStored()
    {
        var name = await NewModelAsync();

        await Registry.SetRegisteredModelTagAsync(name, "team", "a");
        await Registry.SetRegisteredModelTagAsync(name, "team", "b");

        Assert.Equal("b", (await Registry.GetRegisteredModelAsync(name)).Tags["team"]);
    }

    [ContractFact]
    public async Task DeleteRegisteredModelTag_SetKey_Removed()
    {
        var name = await NewModelAsync();
        await Registry.SetRegisteredModelTagAsync(name, "team", "a");

        await Registry.DeleteRegisteredModelTagAsync(name, "team");

        Assert.False((await Registry.GetRegisteredModelAsync(name)).Tags.ContainsKey("team"));
    }

    [ContractFact]
    public async Task SetRegisteredModelTag_MissingModel_ResourceDoesNotExist()
    {
        var name = UniqueModelName();

        var error = await Assert.ThrowsAsync<MlopsException>(() => Registry.SetRegisteredModelTagAsync(name, "team", "a"));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
        Assert.Contains(name, error.Message);
    }

    [ContractFact]
    public async Task DeleteModelVersion_Latest_GoneAndNumberNotReused()
    {
        var name = await NewModelAsync(versions: 2);
        await Registry.SetAliasAsync(name, "champion", 2);

        await Registry.DeleteModelVersionAsync(name, 2);
        var next = await Registry.CreateModelVersionAsync(name, Source(name, 3), runId: null);

        var error = await Assert.ThrowsAsync<MlopsException>(() => Registry.GetModelVersionAsync(name, 2));
        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
        Assert.Equal(3, next.Version);
        Assert.Equal([1, 3], (await Registry.ListModelVersionsAsync(name)).Select(v => v.Version).Order());
        Assert.False((await Registry.GetRegisteredModelAsync(name)).Aliases.ContainsKey("champion"));
    }

    [ContractFact]
    public async Task DeleteModelVersion_Missing_ResourceDoesNotExist()
    {
        var name = await NewModelAsync(versions: 1);

        var error = await Assert.ThrowsAsync<MlopsException>(() => Registry.DeleteModelVersionAsync(name, 7));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
    }
}
