using Mlops.Core.Registry;

namespace Mlops.Storage.ContractTests.Race;

public abstract partial class AliasRaceContract
{
    [ContractFact]
    public async Task MoveAlias_TwoStoresFromTheSameChampionAtOnce_ExactlyOneMovesAndOneEntry()
    {
        const int rounds = 10;

        var champion = await RaceAsync(rounds, (writer, target, current) =>
            writer.MoveAliasAsync(RaceModel, Alias, target, current, new AliasChangeNote("writer", "race")));

        var history = await Writers[1].Registry.ListAliasMovesAsync(RaceModel, Alias);
        Assert.Equal(1 + rounds, history.Count);
        Assert.Equal(champion, history[^1].ToVersion);
        Assert.All(history.Zip(history.Skip(1)), pair => Assert.Equal(pair.First.ToVersion, pair.Second.FromVersion));
    }
}
