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
        const int rounds = 20;
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
                return await w.Registry.SetAliasIfAsync(name, Alias, targets[i], champion);
            })));

            Assert.Equal(1, moves.Count(m => m));
            var winner = targets[Array.IndexOf(moves, true)];
            Assert.Equal(winner, (await registry.GetRegisteredModelAsync(name)).Aliases[Alias]);
            champion = winner;
        }
    }
}
