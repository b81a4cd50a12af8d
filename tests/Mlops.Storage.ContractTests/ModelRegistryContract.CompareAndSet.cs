using Mlops.Core.Errors;

namespace Mlops.Storage.ContractTests;

public abstract partial class ModelRegistryContract
{
    private async Task<int?> AliasOfAsync(string name) =>
        (await Registry.GetRegisteredModelAsync(name)).Aliases.TryGetValue("champion", out var v) ? v : null;

    [ContractFact]
    public async Task SetAliasIf_UnsetAndExpectedUnset_SetsAndReturnsTrue()
    {
        var name = await NewModelAsync(versions: 1);

        var moved = await Registry.SetAliasIfAsync(name, "champion", 1, expectedCurrent: null);

        Assert.True(moved);
        Assert.Equal(1, await AliasOfAsync(name));
    }

    [ContractFact]
    public async Task SetAliasIf_UnsetButExpectedAVersion_ReturnsFalseAndStaysUnset()
    {
        var name = await NewModelAsync(versions: 2);

        var moved = await Registry.SetAliasIfAsync(name, "champion", 2, expectedCurrent: 1);

        Assert.False(moved);
        Assert.Null(await AliasOfAsync(name));
    }

    [ContractFact]
    public async Task SetAliasIf_PointsAtExpected_MovesAndReturnsTrue()
    {
        var name = await NewModelAsync(versions: 2);
        await Registry.SetAliasAsync(name, "champion", 1);

        var moved = await Registry.SetAliasIfAsync(name, "champion", 2, expectedCurrent: 1);

        Assert.True(moved);
        Assert.Equal(2, await AliasOfAsync(name));
        Assert.Equal(2, (await Registry.GetModelVersionByAliasAsync(name, "champion")).Version);
    }

    [ContractFact]
    public async Task SetAliasIf_PointsElsewhere_ReturnsFalseAndKeepsIt()
    {
        var name = await NewModelAsync(versions: 3);
        await Registry.SetAliasAsync(name, "champion", 2);

        var moved = await Registry.SetAliasIfAsync(name, "champion", 3, expectedCurrent: 1);

        Assert.False(moved);
        Assert.Equal(2, await AliasOfAsync(name));
    }

    [ContractFact]
    public async Task SetAliasIf_SetButExpectedUnset_ReturnsFalseAndKeepsIt()
    {
        var name = await NewModelAsync(versions: 2);
        await Registry.SetAliasAsync(name, "champion", 1);

        var moved = await Registry.SetAliasIfAsync(name, "champion", 2, expectedCurrent: null);

        Assert.False(moved);
        Assert.Equal(1, await AliasOfAsync(name));
    }

    [ContractFact]
    public async Task SetAliasIf_ExpectedVersionDeleted_ReturnsFalseAndStaysUnset()
    {
        var name = await NewModelAsync(versions: 2);
        await Registry.SetAliasAsync(name, "champion", 1);
        await Registry.DeleteModelVersionAsync(name, 1);

        var moved = await Registry.SetAliasIfAsync(name, "champion", 2, expectedCurrent: 1);

        Assert.False(moved);
        Assert.Null(await AliasOfAsync(name));
    }

    [ContractFact]
    public async Task SetAliasIf_MissingVersion_ResourceDoesNotExist()
    {
        var name = await NewModelAsync(versions: 1);

        var error = await Assert.ThrowsAsync<MlopsException>(() => Registry.SetAliasIfAsync(name, "champion", 9, expectedCurrent: null));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
        Assert.Null(await AliasOfAsync(name));
    }
}
