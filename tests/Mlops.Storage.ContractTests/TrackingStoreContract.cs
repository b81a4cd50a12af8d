using Mlops.Core.Errors;
using Mlops.Core.Tracking;

namespace Mlops.Storage.ContractTests;

/// <summary>
/// Behaviour every <see cref="ITrackingStore"/> backend must share. A backend's test class derives from this and
/// supplies a fresh store; names are unique per test so a shared server (MLflow REST) works too.
/// </summary>
public abstract partial class TrackingStoreContract : IAsyncLifetime
{
    protected const long T0 = 1_700_000_000_000;

    protected ITrackingStore Store { get; private set; } = null!;

    protected abstract Task<ITrackingStore> CreateStoreAsync();

    protected virtual Task DisposeStoreAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => Store = await CreateStoreAsync();

    Task IAsyncLifetime.DisposeAsync() => DisposeStoreAsync();

    protected static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    protected Task<string> NewExperimentAsync() => Store.CreateExperimentAsync(Unique("exp"));

    protected async Task<RunInfo> NewRunAsync(string? name = null, long startTime = T0) =>
        await Store.CreateRunAsync(await NewExperimentAsync(), name, startTime);

    [ContractFact]
    public async Task CreateExperiment_NewName_ReadableByIdAndName()
    {
        var name = Unique("exp");
        var id = await Store.CreateExperimentAsync(name, tags: new Dictionary<string, string> { ["project"] = "obesity" });

        var byId = await Store.GetExperimentAsync(id);
        var byName = await Store.GetExperimentByNameAsync(name);

        Assert.True(long.TryParse(id, out _), $"experiment id '{id}' should be an integer string");
        Assert.Equal(name, byId.Name);
        Assert.Equal(LifecycleStage.Active, byId.LifecycleStage);
        Assert.Equal("obesity", byId.Tags["project"]);
        Assert.False(string.IsNullOrEmpty(byId.ArtifactLocation));
        Assert.Equal(id, byName!.ExperimentId);
    }

    [ContractFact]
    public async Task CreateExperiment_DuplicateName_ResourceAlreadyExists()
    {
        var name = Unique("exp");
        await Store.CreateExperimentAsync(name);

        var error = await Assert.ThrowsAsync<MlopsException>(() => Store.CreateExperimentAsync(name));

        Assert.Equal(ErrorCode.ResourceAlreadyExists, error.Code);
        Assert.Contains(name, error.Message);
    }

    [ContractFact]
    public async Task GetExperiment_IdZero_IsDefault()
    {
        var experiment = await Store.GetExperimentAsync("0");

        Assert.Equal("Default", experiment.Name);
    }

    [ContractFact]
    public async Task GetExperiment_Missing_ResourceDoesNotExist()
    {
        var error = await Assert.ThrowsAsync<MlopsException>(() => Store.GetExperimentAsync("987654321"));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
        Assert.Contains("987654321", error.Message);
    }

    [ContractFact]
    public async Task GetExperimentByName_Missing_ReturnsNull()
    {
        Assert.Null(await Store.GetExperimentByNameAsync(Unique("missing")));
    }

    [ContractFact]
    public async Task ListExperiments_AfterCreate_ContainsNewAndDefault()
    {
        var id = await NewExperimentAsync();

        var ids = (await Store.ListExperimentsAsync()).Select(e => e.ExperimentId).ToList();

        Assert.Contains(id, ids);
        Assert.Contains("0", ids);
    }

    [ContractFact]
    public async Task SetExperimentTag_Twice_LastValueWins()
    {
        var id = await NewExperimentAsync();

        await Store.SetExperimentTagAsync(id, "owner", "a");
        await Store.SetExperimentTagAsync(id, "owner", "b");

        Assert.Equal("b", (await Store.GetExperimentAsync(id)).Tags["owner"]);
    }
}
