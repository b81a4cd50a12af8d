using Mlops.Core.Errors;

namespace Mlops.Storage.ContractTests;

public abstract partial class ModelRegistryContract
{
    [ContractFact]
    public async Task RegistryTags_ValueOver5000_RejectedWithMlflowsNames()
    {
        var name = await NewModelAsync(versions: 1);
        var tooLong = new string('v', 5001);

        var model = await Assert.ThrowsAsync<MlopsException>(() => Registry.SetRegisteredModelTagAsync(name, "t", tooLong));
        var version = await Assert.ThrowsAsync<MlopsException>(() => Registry.SetModelVersionTagAsync(name, 1, "t", tooLong));
        var onCreate = await Assert.ThrowsAsync<MlopsException>(() => Registry.CreateModelVersionAsync(name, Source(name, 2), runId: null,
            tags: new Dictionary<string, string> { ["t"] = tooLong }));

        Assert.Equal(ErrorCode.InvalidParameterValue, model.Code);
        Assert.Contains("Registered model value", model.Message);
        Assert.Equal(ErrorCode.InvalidParameterValue, version.Code);
        Assert.Contains("Model version value", version.Message);
        Assert.Equal(ErrorCode.InvalidParameterValue, onCreate.Code);
        Assert.Single(await Registry.ListModelVersionsAsync(name));
        Assert.Empty((await Registry.GetRegisteredModelAsync(name)).Tags);
    }

    [ContractFact]
    public async Task CreateRegisteredModel_TagKeyOver250_RejectedAndNotCreated()
    {
        var name = UniqueModelName();

        var error = await Assert.ThrowsAsync<MlopsException>(() => Registry.CreateRegisteredModelAsync(name,
            tags: new Dictionary<string, string> { [new string('k', 251)] = "v" }));

        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
        Assert.Contains("Registered model key", error.Message);
        var missing = await Assert.ThrowsAsync<MlopsException>(() => Registry.GetRegisteredModelAsync(name));
        Assert.Equal(ErrorCode.ResourceDoesNotExist, missing.Code);
    }
}
