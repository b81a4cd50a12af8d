using Mlops.Core.Errors;
using Mlops.Core.Registry;

namespace Mlops.Storage.ContractTests;

/// <summary>Behaviour every <see cref="IModelRegistry"/> backend must share; model names are unique per test.</summary>
public abstract partial class ModelRegistryContract : IAsyncLifetime
{
    protected IModelRegistry Registry { get; private set; } = null!;

    protected abstract Task<IModelRegistry> CreateRegistryAsync();

    protected virtual Task DisposeRegistryAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => Registry = await CreateRegistryAsync();

    Task IAsyncLifetime.DisposeAsync() => DisposeRegistryAsync();

    protected static string UniqueModelName() => $"model_{Guid.NewGuid():N}";

    protected static string Source(string name, int n) => $"mlflow-artifacts:/0/{name}/{n}/artifacts/model";

    /// <summary>Creates a model with <paramref name="versions"/> versions and returns its name.</summary>
    protected async Task<string> NewModelAsync(int versions = 0)
    {
        var name = UniqueModelName();
        await Registry.CreateRegisteredModelAsync(name);
        for (var i = 1; i <= versions; i++)
        {
            await Registry.CreateModelVersionAsync(name, Source(name, i), runId: null);
        }
        return name;
    }

    [ContractFact]
    public async Task CreateRegisteredModel_WithDescriptionAndTags_GetReturnsThem()
    {
        var name = UniqueModelName();

        await Registry.CreateRegisteredModelAsync(name, "Obesity level classifier",
            new Dictionary<string, string> { ["task"] = "multiclass" });
        var model = await Registry.GetRegisteredModelAsync(name);

        Assert.Equal(name, model.Name);
        Assert.Equal("Obesity level classifier", model.Description);
        Assert.Equal("multiclass", model.Tags["task"]);
        Assert.Empty(model.LatestVersions);
        Assert.Empty(model.Aliases);
        Assert.Contains(name, (await Registry.ListRegisteredModelsAsync()).Select(m => m.Name));
    }

    [ContractFact]
    public async Task CreateRegisteredModel_Duplicate_ResourceAlreadyExists()
    {
        var name = await NewModelAsync();

        var error = await Assert.ThrowsAsync<MlopsException>(() => Registry.CreateRegisteredModelAsync(name));

        Assert.Equal(ErrorCode.ResourceAlreadyExists, error.Code);
        Assert.Contains(name, error.Message);
    }

    [ContractFact]
    public async Task GetRegisteredModel_Missing_ResourceDoesNotExist()
    {
        var name = UniqueModelName();

        var error = await Assert.ThrowsAsync<MlopsException>(() => Registry.GetRegisteredModelAsync(name));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
        Assert.Equal($"Registered Model with name={name} not found", error.Message);
    }

    [ContractFact]
    public async Task UpdateRegisteredModel_NewDescription_Stored()
    {
        var name = await NewModelAsync();

        await Registry.UpdateRegisteredModelAsync(name, "updated");

        Assert.Equal("updated", (await Registry.GetRegisteredModelAsync(name)).Description);
    }

    [ContractFact]
    public async Task CreateModelVersion_ThreeTimes_NumberedOneToThree()
    {
        var name = await NewModelAsync();
        var runId = Guid.NewGuid().ToString("N");

        var first = await Registry.CreateModelVersionAsync(name, Source(name, 1), runId,
            new Dictionary<string, string> { ["validated"] = "true" }, "first version");
        await Registry.CreateModelVersionAsync(name, Source(name, 2), null);
        await Registry.CreateModelVersionAsync(name, Source(name, 3), null);
        var versions = await Registry.ListModelVersionsAsync(name);

        Assert.Equal(1, first.Version);
        Assert.Equal(ModelStage.None, first.Stage);
        Assert.Equal(runId, first.RunId);
        Assert.Equal(Source(name, 1), first.Source);
        Assert.Equal("first version", first.Description);
        Assert.Equal("true", first.Tags["validated"]);
        Assert.Equal([1, 2, 3], versions.Select(v => v.Version).Order());
    }

    [ContractFact]
    public async Task CreateModelVersion_MissingModel_ResourceDoesNotExist()
    {
        var name = UniqueModelName();

        var error = await Assert.ThrowsAsync<MlopsException>(() => Registry.CreateModelVersionAsync(name, Source(name, 1), null));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
    }

    [ContractFact]
    public async Task GetModelVersion_Missing_ResourceDoesNotExistWithMlflowMessage()
    {
        var name = await NewModelAsync(versions: 1);

        var error = await Assert.ThrowsAsync<MlopsException>(() => Registry.GetModelVersionAsync(name, 999));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
        Assert.Equal($"Model Version (name={name}, version=999) not found", error.Message);
    }

    [ContractFact]
    public async Task UpdateModelVersion_NewDescription_Stored()
    {
        var name = await NewModelAsync(versions: 1);

        await Registry.UpdateModelVersionAsync(name, 1, "validated on holdout");

        Assert.Equal("validated on holdout", (await Registry.GetModelVersionAsync(name, 1)).Description);
    }

    [ContractFact]
    public async Task SetAndDeleteModelVersionTag_TagAddedThenRemoved()
    {
        var name = await NewModelAsync(versions: 1);

        await Registry.SetModelVersionTagAsync(name, 1, "approved_by", "peer");
        var tagged = await Registry.GetModelVersionAsync(name, 1);
        await Registry.DeleteModelVersionTagAsync(name, 1, "approved_by");

        Assert.Equal("peer", tagged.Tags["approved_by"]);
        Assert.False((await Registry.GetModelVersionAsync(name, 1)).Tags.ContainsKey("approved_by"));
    }

    [ContractFact]
    public async Task DeleteRegisteredModel_WithVersionsAndAliases_RemovesEverything()
    {
        var name = await NewModelAsync(versions: 2);
        await Registry.SetAliasAsync(name, "champion", 2);
        await Registry.SetModelVersionTagAsync(name, 2, "k", "v");

        await Registry.DeleteRegisteredModelAsync(name);

        var error = await Assert.ThrowsAsync<MlopsException>(() => Registry.GetRegisteredModelAsync(name));
        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
        await Registry.CreateRegisteredModelAsync(name);
        var again = await Registry.CreateModelVersionAsync(name, Source(name, 1), null);
        Assert.Equal(1, again.Version);
        Assert.Empty(again.Tags);
        Assert.Empty((await Registry.GetRegisteredModelAsync(name)).Aliases);
    }
}
