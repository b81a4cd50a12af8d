using Mlops.Core.Registry;

namespace Mlops.Storage.ContractTests;

public abstract partial class AliasHistoryContract
{
    [ContractFact]
    public async Task DeleteModelVersion_HeldAliases_RecordedAsRegistryMoves()
    {
        var name = await NewModelAsync(versions: 2);
        await Registry.MoveAliasAsync(name, "champion", 2, null, Operator);
        await Registry.MoveAliasAsync(name, "challenger", 2, null, Operator);

        await Registry.DeleteModelVersionAsync(name, 2);

        var moves = (await Registry.ListAliasMovesAsync(name)).Skip(2).ToList();
        Assert.Equal([("challenger", (int?)2, (int?)null), ("champion", 2, null)], moves.Select(m => (m.Alias, m.FromVersion, m.ToVersion)));
        Assert.All(moves, m => Assert.Equal(("registry", "version 2 deleted"), (m.Actor, m.Reason)));
    }

    [ContractFact]
    public async Task RenameRegisteredModel_WithMoves_HistoryFollowsTheNewName()
    {
        var name = await NewModelAsync(versions: 1);
        await Registry.MoveAliasAsync(name, "champion", 1, null, Operator);
        var renamed = $"renamed_{Guid.NewGuid():N}";

        await Registry.RenameRegisteredModelAsync(name, renamed);

        var move = Assert.Single(await Registry.ListAliasMovesAsync(renamed));
        Assert.Equal((renamed, "champion", 1), (move.ModelName, move.Alias, move.ToVersion));
    }

    [ContractFact]
    public async Task MoveAlias_TwoConcurrentFromTheSameExpected_ExactlyOneMovesAndOneEntry()
    {
        const int rounds = 10;
        var name = await NewModelAsync(versions: 1 + 2 * rounds);
        await Registry.MoveAliasAsync(name, "champion", 1, null, Operator);

        var champion = 1;
        for (var round = 0; round < rounds; round++)
        {
            var targets = new[] { 2 + 2 * round, 3 + 2 * round };
            var moved = await Task.WhenAll(targets.Select(t => Task.Run(() =>
                Registry.MoveAliasAsync(name, "champion", t, champion, new AliasChangeNote($"writer{t}", "race")))));

            Assert.Equal(1, moved.Count(m => m));
            champion = targets[Array.IndexOf(moved, true)];
        }

        var moves = await Registry.ListAliasMovesAsync(name);
        Assert.Equal(1 + rounds, moves.Count);
        Assert.Equal(champion, (await Registry.GetModelVersionByAliasAsync(name, "champion")).Version);
        Assert.All(moves.Skip(1), m => Assert.Equal($"writer{m.ToVersion}", m.Actor));
        Assert.All(moves.Zip(moves.Skip(1)), pair => Assert.Equal(pair.First.ToVersion, pair.Second.FromVersion));
    }
}
