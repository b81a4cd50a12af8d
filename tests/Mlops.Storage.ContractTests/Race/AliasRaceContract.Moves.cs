using Mlops.Core.Registry;

namespace Mlops.Storage.ContractTests.Race;

public abstract partial class AliasRaceContract
{
    [ContractFact]
    public async Task MoveAlias_TwoStoresFromTheSameChampionAtOnce_ExactlyOneMovesAndOneEntry()
    {
        const int rounds = 10;
        var name = $"race_{Guid.NewGuid():N}";
        var registry = Writers[0].Registry;
        await registry.CreateRegisteredModelAsync(name);
        for (var i = 1; i <= 1 + 2 * rounds; i++)
        {
            await registry.CreateModelVersionAsync(name, $"models:/{name}/{i}", runId: null);
        }
        await registry.SetAliasAsync(name, Alias, 1);

        var champion = 1;
        for (var round = 0; round < rounds; round++)
        {
            var gate = new StartGate(2);
            var targets = new[] { 2 + 2 * round, 3 + 2 * round };
            var moves = await Task.WhenAll(Writers.Select((w, i) => Task.Run(async () =>
            {
                await gate.ArriveAsync();
                return await w.Registry.MoveAliasAsync(name, Alias, targets[i], champion, new AliasChangeNote($"writer{i}", "race"));
            })));

            Assert.Equal(1, moves.Count(m => m));
            champion = targets[Array.IndexOf(moves, true)];
        }

        var history = await Writers[1].Registry.ListAliasMovesAsync(name, Alias);
        Assert.Equal(1 + rounds, history.Count);
        Assert.Equal(champion, history[^1].ToVersion);
        Assert.All(history.Zip(history.Skip(1)), pair => Assert.Equal(pair.First.ToVersion, pair.Second.FromVersion));
    }
}
