using Mlops.Core.Registry;
using Mlops.Core.Tracking;
using Mlops.Lifecycle.Promotion;
using Mlops.Lifecycle.Registration;
using Mlops.Training.Configuration;

namespace Mlops.Storage.ContractTests.Race;

public abstract partial class AliasRaceContract
{
    private static readonly PromotionPolicy Policy = PromotionPolicy.From(new RegistryParams());

    [ContractFact]
    public async Task Register_TwoAtOnceWorseMovesFirst_BetterLoserDecidesAgainAndCrowns()
    {
        var (name, champion) = await ModelWithChampionAsync(0.86);

        var (first, second, moves) = await RegisterBothAsync(name, firstAccuracy: 0.90, secondAccuracy: 0.95);

        Assert.Equal([true, false], moves);
        Assert.True(second.BecameChampion);
        Assert.Equal(first.Version, second.PreviousChampion);
        Assert.Contains(second.Reasons, r => r.Contains($"moved to version {first.Version} while deciding; decided again: crowned"));
        Assert.Equal(champion, first.PreviousChampion);
        Assert.Equal(second.Version, await AliasOfAsync(name));
    }

    [ContractFact]
    public async Task Register_TwoAtOnceBetterMovesFirst_WorseLoserDecidesAgainAndStaysOut()
    {
        var (name, _) = await ModelWithChampionAsync(0.86);

        var (first, second, moves) = await RegisterBothAsync(name, firstAccuracy: 0.95, secondAccuracy: 0.90);

        Assert.Equal([true, false], moves);
        Assert.True(first.BecameChampion);
        Assert.False(second.BecameChampion);
        Assert.Equal(first.Version, second.PreviousChampion);
        Assert.Contains(second.Reasons, r => r.Contains($"moved to version {first.Version} while deciding; decided again: not crowned"));
        Assert.Equal(first.Version, await AliasOfAsync(name));
    }

    /// <summary>
    /// Two registrations on separate stores; both decide against the same champion before either moves the alias, and
    /// the first writer's move is made before the second's. Returns both outcomes and the two first moves' results.
    /// </summary>
    private async Task<(RegistrationOutcome First, RegistrationOutcome Second, bool[] Moves)> RegisterBothAsync(
        string name, double firstAccuracy, double secondAccuracy)
    {
        var decided = new StartGate(2);
        var firstMoved = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var moves = new bool[2];
        var first = Gated(0, decided.ArriveAsync, m => { moves[0] = m; firstMoved.SetResult(); });
        var second = Gated(1, async () =>
        {
            await decided.ArriveAsync();
            await firstMoved.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }, m => moves[1] = m);

        var outcomes = await Task.WhenAll(
            Task.Run(() => RegisterAsync(first, Writers[0].Tracking, name, firstAccuracy)),
            Task.Run(() => RegisterAsync(second, Writers[1].Tracking, name, secondAccuracy)));
        return (outcomes[0], outcomes[1], moves);
    }

    private IModelRegistry Gated(int writer, Func<Task> before, Action<bool> after) =>
        GatedRegistry.Wrap(Writers[writer].Registry, before, after);

    private async Task<(string Name, int Champion)> ModelWithChampionAsync(double accuracy)
    {
        var name = $"race_{Guid.NewGuid():N}";
        var outcome = await RegisterAsync(Writers[0].Registry, Writers[0].Tracking, name, accuracy);
        Assert.True(outcome.BecameChampion);
        return (name, outcome.Version);
    }

    private static async Task<RegistrationOutcome> RegisterAsync(IModelRegistry registry, ITrackingStore tracking, string name, double accuracy)
    {
        var run = await tracking.CreateRunAsync("0", "race", 1);
        var request = new RegistrationRequest(name, $"runs:/{run.RunId}/model", run.RunId, "race candidate",
            new Dictionary<string, double> { ["accuracy"] = accuracy }, new Dictionary<string, string>(), Alias, Policy);
        return await new ModelRegistrar(registry, tracking).RegisterAsync(request);
    }

    private async Task<int> AliasOfAsync(string name) =>
        (await Writers[0].Registry.GetRegisteredModelAsync(name)).Aliases[Alias];
}
