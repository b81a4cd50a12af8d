using Mlops.Core.Errors;
using Mlops.Core.Registry;

namespace Mlops.Storage.ContractTests;

/// <summary>The alias audit trail every backend with a real compare-and-set keeps: who moved which alias, from and to what, why.</summary>
public abstract partial class AliasHistoryContract : IAsyncLifetime
{
    protected static readonly AliasChangeNote Operator = new("alice", "override: drift on the new holdout");

    protected IModelRegistry Registry { get; private set; } = null!;

    protected abstract Task<IModelRegistry> CreateRegistryAsync();

    protected virtual Task DisposeRegistryAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => Registry = await CreateRegistryAsync();

    Task IAsyncLifetime.DisposeAsync() => DisposeRegistryAsync();

    protected async Task<string> NewModelAsync(int versions)
    {
        var name = $"model_{Guid.NewGuid():N}";
        await Registry.CreateRegisteredModelAsync(name);
        for (var i = 1; i <= versions; i++)
        {
            await Registry.CreateModelVersionAsync(name, $"models:/{name}/{i}", runId: null);
        }
        return name;
    }

    private async Task<IReadOnlyList<(string Alias, int? From, int? To, string Actor, string Reason)>> MovesAsync(string name,
        string? alias = null) =>
        (await Registry.ListAliasMovesAsync(name, alias)).Select(m => (m.Alias, m.FromVersion, m.ToVersion, m.Actor, m.Reason)).ToList();

    [ContractFact]
    public async Task MoveAlias_WithNote_MovesAndRecordsActorAndReason()
    {
        var name = await NewModelAsync(versions: 2);

        Assert.True(await Registry.MoveAliasAsync(name, "champion", 1, null, new AliasChangeNote("pipeline", "first champion")));
        Assert.True(await Registry.MoveAliasAsync(name, "champion", 2, 1, Operator));

        Assert.Equal(2, (await Registry.GetModelVersionByAliasAsync(name, "champion")).Version);
        Assert.Equal([("champion", null, 1, "pipeline", "first champion"), ("champion", 1, 2, Operator.Actor, Operator.Reason)],
            await MovesAsync(name));
        Assert.All(await Registry.ListAliasMovesAsync(name), m => Assert.Equal(name, m.ModelName));
    }

    [ContractFact]
    public async Task PlainAliasCalls_SetSetIfDelete_RecordedUnattributed()
    {
        var name = await NewModelAsync(versions: 3);

        await Registry.SetAliasAsync(name, "champion", 1);
        await Registry.SetAliasAsync(name, "champion", 1);
        Assert.True(await Registry.SetAliasIfAsync(name, "champion", 2, 1));
        await Registry.DeleteAliasAsync(name, "champion");
        await Registry.DeleteAliasAsync(name, "champion");

        var unknown = AliasChangeNote.Unattributed;
        Assert.Equal([("champion", null, 1, unknown.Actor, unknown.Reason), ("champion", 1, 2, unknown.Actor, unknown.Reason),
            ("champion", 2, null, unknown.Actor, unknown.Reason)], await MovesAsync(name));
    }

    [ContractFact]
    public async Task MoveAlias_StaleExpected_RefusesAndRecordsNothing()
    {
        var name = await NewModelAsync(versions: 3);
        await Registry.MoveAliasAsync(name, "champion", 2, null, Operator);

        Assert.False(await Registry.MoveAliasAsync(name, "champion", 3, 1, Operator));
        Assert.False(await Registry.MoveAliasAsync(name, "champion", null, 1, Operator));
        Assert.False(await Registry.MoveAliasAsync(name, "champion", 3, null, Operator));

        Assert.Equal(2, (await Registry.GetModelVersionByAliasAsync(name, "champion")).Version);
        Assert.Single(await Registry.ListAliasMovesAsync(name));
    }

    [ContractFact]
    public async Task MoveAlias_ToNullFromCurrent_DeletesAndRecords()
    {
        var name = await NewModelAsync(versions: 1);
        await Registry.MoveAliasAsync(name, "challenger", 1, null, Operator);

        Assert.True(await Registry.MoveAliasAsync(name, "challenger", null, 1, new AliasChangeNote("bob", "retired")));

        Assert.Empty((await Registry.GetRegisteredModelAsync(name)).Aliases);
        Assert.Equal(("challenger", 1, null, "bob", "retired"), (await MovesAsync(name))[^1]);
    }

    [ContractFact]
    public async Task ListAliasMoves_FilteredByAlias_OnlyThatAliasOldestFirst()
    {
        var name = await NewModelAsync(versions: 3);
        await Registry.MoveAliasAsync(name, "champion", 1, null, Operator);
        await Registry.MoveAliasAsync(name, "challenger", 2, null, Operator);
        await Registry.MoveAliasAsync(name, "champion", 3, 1, Operator);

        Assert.Equal([((int?)null, (int?)1), (1, 3)], (await MovesAsync(name, "champion")).Select(m => (m.From, m.To)));
        Assert.Equal(["champion", "challenger", "champion"], (await MovesAsync(name)).Select(m => m.Alias));
        Assert.Empty(await Registry.ListAliasMovesAsync(name, "nobody"));
    }

    [ContractFact]
    public async Task ListAliasMoves_UnknownModel_ResourceDoesNotExist()
    {
        var error = await Assert.ThrowsAsync<MlopsException>(() => Registry.ListAliasMovesAsync($"missing_{Guid.NewGuid():N}"));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
    }

    [ContractFact]
    public async Task MoveAlias_UnknownModelOrVersion_ResourceDoesNotExist()
    {
        var name = await NewModelAsync(versions: 1);

        var noModel = await Assert.ThrowsAsync<MlopsException>(() =>
            Registry.MoveAliasAsync($"missing_{Guid.NewGuid():N}", "champion", 1, null, Operator));
        var noVersion = await Assert.ThrowsAsync<MlopsException>(() => Registry.MoveAliasAsync(name, "champion", 7, null, Operator));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, noModel.Code);
        Assert.Equal(ErrorCode.ResourceDoesNotExist, noVersion.Code);
        Assert.Empty(await Registry.ListAliasMovesAsync(name));
    }
}
