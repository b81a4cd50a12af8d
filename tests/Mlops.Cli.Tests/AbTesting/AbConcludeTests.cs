using Mlops.Cli.Commands.Ab;
using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.AbTesting;

/// <summary>`mlops ab conclude`: the alias moves only for a significantly better challenger, compare-and-set, and the test closes.</summary>
public sealed class AbConcludeTests
{
    [Fact]
    public async Task Conclude_ChallengerBetter_MovesTheChampionAliasAndClosesTheTest()
    {
        var (ws, _, _) = await SeededStore.CreateAsync();
        using var _ws = ws;
        var id = await AbCli.StartAsync(ws, "t1");
        await AbTraffic.LogAsync(ws, id, "champion", 1, count: 200, correct: 182);
        await AbTraffic.LogAsync(ws, id, "challenger", 2, count: 200, correct: 198);

        var result = await AbCli.RunAsync(ws, "conclude", "t1", "--actor", "bob");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("verdict: ChallengerBetter", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("moved 'champion' from version 1 to 2", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, await ChampionAsync(ws));
        var test = AbCli.Json(await AbCli.RunAsync(ws, "list", "--json"))[0];
        Assert.Equal("Concluded", test.GetProperty("status").GetString());
        var conclusion = test.GetProperty("conclusion");
        Assert.Equal("ChallengerBetter", conclusion.GetProperty("verdict").GetString());
        Assert.Equal(2, conclusion.GetProperty("promoted_version").GetInt32());
        using var store = StoreProbe.Open(ws);
        var run = await store.Tracking.GetRunAsync(conclusion.GetProperty("run_id").GetString()!);
        Assert.Equal(AbConcludeCommand.DefaultExperiment, (await store.Tracking.GetExperimentAsync(run.Info.ExperimentId)).Name);
    }

    [Fact]
    public async Task Conclude_ChallengerWorse_KeepsTheChampion()
    {
        var (ws, _, _) = await SeededStore.CreateAsync();
        using var _ws = ws;
        var id = await AbCli.StartAsync(ws, "t1");
        await AbTraffic.LogAsync(ws, id, "champion", 1, count: 200, correct: 182);
        await AbTraffic.LogAsync(ws, id, "challenger", 2, count: 200, correct: 150);

        var result = await AbCli.RunAsync(ws, "conclude", "t1", "--json");

        Assert.True(result.ExitCode == 0, result.Output);
        var json = AbCli.Json(result);
        Assert.Equal("ChallengerWorse", json.GetProperty("conclusion").GetProperty("verdict").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("conclusion").GetProperty("promoted_version").ValueKind);
        Assert.Equal(1, await ChampionAsync(ws));
    }

    [Fact]
    public async Task Conclude_ChampionMovedSinceStart_DoesNotMoveItAndSaysSo()
    {
        var (ws, _, _) = await SeededStore.CreateAsync();
        using var _ws = ws;
        var id = await AbCli.StartAsync(ws, "t1");
        await AbTraffic.LogAsync(ws, id, "champion", 1, count: 200, correct: 182);
        await AbTraffic.LogAsync(ws, id, "challenger", 2, count: 200, correct: 198);
        using (var store = StoreProbe.Open(ws))
        {
            var third = await store.Registry.CreateModelVersionAsync(SeededStore.Model, "runs:/elsewhere/model", null, new Dictionary<string, string>());
            await store.Registry.SetAliasAsync(SeededStore.Model, "champion", third.Version);
        }

        var result = await AbCli.RunAsync(ws, "conclude", "t1");

        Assert.True(AbConcludeCommand.ExitNotPromoted == result.ExitCode, result.Output);
        Assert.Contains("the champion alias 'champion' points at version 3, not at the control's version 1 the test started with: not moved", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(3, await ChampionAsync(ws));
        Assert.Equal("Concluded", AbCli.Json(await AbCli.RunAsync(ws, "list", "--json"))[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Conclude_BeforeTheHorizon_ChangesNothingAndExitsInconclusive()
    {
        var (ws, _, _) = await SeededStore.CreateAsync();
        using var _ws = ws;
        var id = await AbCli.StartAsync(ws, "t1");
        await AbTraffic.LogAsync(ws, id, "champion", 1, count: 20, correct: 10);
        await AbTraffic.LogAsync(ws, id, "challenger", 2, count: 20, correct: 20);

        var result = await AbCli.RunAsync(ws, "conclude", "t1");

        Assert.True(AbConcludeCommand.ExitInconclusive == result.ExitCode, result.Output);
        Assert.Contains("Not concluded: no verdict yet", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, await ChampionAsync(ws));
        Assert.Equal("Running", AbCli.Json(await AbCli.RunAsync(ws, "list", "--json"))[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Conclude_DryRun_SaysWhatWouldHappenAndChangesNothing()
    {
        var (ws, _, _) = await SeededStore.CreateAsync();
        using var _ws = ws;
        var id = await AbCli.StartAsync(ws, "t1");
        await AbTraffic.LogAsync(ws, id, "champion", 1, count: 200, correct: 182);
        await AbTraffic.LogAsync(ws, id, "challenger", 2, count: 200, correct: 198);

        var result = await AbCli.RunAsync(ws, "conclude", "t1", "--dry-run");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("would move 'champion' from version 1 to 2 (dry run)", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, await ChampionAsync(ws));
        Assert.Equal("Running", AbCli.Json(await AbCli.RunAsync(ws, "list", "--json"))[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Conclude_AlreadyConcluded_IsRefused()
    {
        var (ws, _, _) = await SeededStore.CreateAsync();
        using var _ws = ws;
        var id = await AbCli.StartAsync(ws, "t1");
        await AbTraffic.LogAsync(ws, id, "champion", 1, count: 200, correct: 182);
        await AbTraffic.LogAsync(ws, id, "challenger", 2, count: 200, correct: 182);
        Assert.Equal(0, (await AbCli.RunAsync(ws, "conclude", "t1")).ExitCode);

        var again = await AbCli.RunAsync(ws, "conclude", "t1");

        Assert.Equal(CliApp.ExitError, again.ExitCode);
        Assert.Contains("A/B test 't1' is already concluded (NoSignificantDifference)", again.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_StartStopConclude_ListsEachWithItsActor()
    {
        var (ws, _, _) = await SeededStore.CreateAsync();
        using var _ws = ws;
        var id = await AbCli.StartAsync(ws, "t1", "--actor", "alice");
        await AbTraffic.LogAsync(ws, id, "champion", 1, count: 200, correct: 182);
        await AbTraffic.LogAsync(ws, id, "challenger", 2, count: 200, correct: 182);
        await AbCli.RunAsync(ws, "stop", "t1", "--actor", "bob");
        await AbCli.RunAsync(ws, "conclude", "t1", "--actor", "carol");

        var audit = AbCli.Json(await AbCli.RunAsync(ws, "status", "t1", "--json")).GetProperty("audit").EnumerateArray()
            .Select(a => (a.GetProperty("actor").GetString(), a.GetProperty("action").GetString())).ToArray();

        Assert.Equal([("alice", "start"), ("bob", "stop"), ("carol", "conclude")], audit);
    }

    private static async Task<int?> ChampionAsync(Workspace ws)
    {
        using var store = StoreProbe.Open(ws);
        return (await store.Registry.GetRegisteredModelAsync(SeededStore.Model)).Aliases.TryGetValue("champion", out var v) ? v : null;
    }
}
