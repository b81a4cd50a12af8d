using Mlops.Core.Registry;
using Mlops.Core.Tracking;

namespace Mlops.Storage.ContractTests.Race;

/// <summary>
/// Concurrent champion moves on a backend with a real compare-and-set (not MLflow REST, whose move has a documented
/// race window). Every writer has its own store and connection pool, as separate pipeline processes would.
/// </summary>
public abstract partial class AliasRaceContract : IAsyncLifetime
{
    protected const string Alias = "champion";

    protected IReadOnlyList<(IModelRegistry Registry, ITrackingStore Tracking)> Writers { get; private set; } = [];

    /// <summary>Opens <paramref name="count"/> independent stores on one fresh database.</summary>
    protected abstract Task<IReadOnlyList<(IModelRegistry Registry, ITrackingStore Tracking)>> OpenWritersAsync(int count);

    protected virtual Task CloseWritersAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => Writers = await OpenWritersAsync(2);

    Task IAsyncLifetime.DisposeAsync() => CloseWritersAsync();

    [ContractFact]
    public async Task SetAliasIf_TwoMovesFromTheSameChampionAtOnce_ExactlyOneWins()
    {
        var registry = Writers[0].Registry;

        await RaceAsync(rounds: 20, (writer, target, champion) => writer.SetAliasIfAsync(RaceModel, Alias, target, champion),
            async winner => Assert.Equal(winner, (await registry.GetRegisteredModelAsync(RaceModel)).Aliases[Alias]));
    }

    private string RaceModel { get; } = $"race_{Guid.NewGuid():N}";

    /// <summary>
    /// <paramref name="rounds"/> rounds in which both writers, released together, move the alias of a fresh model from the
    /// current champion to a version of their own; exactly one must win each round. Returns the last winner.
    /// </summary>
    private async Task<int> RaceAsync(int rounds, Func<IModelRegistry, int, int, Task<bool>> move, Func<int, Task>? afterRound = null)
    {
        var registry = Writers[0].Registry;
        await registry.CreateRegisteredModelAsync(RaceModel);
        for (var i = 1; i <= 1 + 2 * rounds; i++)
        {
            await registry.CreateModelVersionAsync(RaceModel, $"models:/{RaceModel}/{i}", runId: null);
        }
        await registry.SetAliasAsync(RaceModel, Alias, 1);
        var champion = 1;
        for (var round = 0; round < rounds; round++)
        {
            var gate = new StartGate(2);
            var targets = new[] { 2 + 2 * round, 3 + 2 * round };
            var current = champion;
            var moves = await Task.WhenAll(Writers.Select((w, i) => Task.Run(async () =>
            {
                await gate.ArriveAsync();
                return await move(w.Registry, targets[i], current);
            })));

            Assert.Equal(1, moves.Count(m => m));
            champion = targets[Array.IndexOf(moves, true)];
            if (afterRound is not null)
            {
                await afterRound(champion);
            }
        }
        return champion;
    }
}
