using System.Text.Json;
using Mlops.Cli.Tests.Support;
using Mlops.Storage.Sqlite;

namespace Mlops.Cli.Tests.Registry;

/// <summary>`registry alias --reason`, `registry rollback` and `registry history` on a workspace's SQLite store (#14).</summary>
public sealed class RegistryRollbackTests : IDisposable
{
    private const string Model = "rollback_model";

    private readonly Workspace ws = Workspace.Create();

    public void Dispose() => ws.Dispose();

    [Fact]
    public async Task Rollback_AfterOverride_RestoresPreviousChampionAndHistoryShowsBothMoves()
    {
        await SeedAsync(versions: 2);
        Assert.Equal(0, (await RunAsync("registry", "alias", Model, "champion", "1", "--actor", "alice", "--reason", "first champion")).ExitCode);
        Assert.Equal(0, (await RunAsync("registry", "alias", Model, "champion", "2", "--actor", "bob", "--reason", "override the gate")).ExitCode);

        var rollback = await RunAsync("registry", "rollback", Model, "--actor", "carol", "--reason", "v2 misbehaves");
        var history = await RunAsync("registry", "history", Model, "--alias", "champion", "--json");
        var table = await RunAsync("registry", "history", Model);

        Assert.Equal(0, rollback.ExitCode);
        Assert.Contains("rolled back from version 2 to version 1", rollback.Stdout);
        Assert.Equal(1, await ChampionAsync());
        using var json = JsonDocument.Parse(history.Stdout);
        Assert.Equal([("alice", "first champion"), ("bob", "override the gate"), ("carol", "v2 misbehaves")],
            json.RootElement.EnumerateArray().Select(m => (Text(m, "actor"), Text(m, "reason"))));
        Assert.Contains("1 → 2", table.Stdout);
        Assert.Contains("2 → 1", table.Stdout);
    }

    [Fact]
    public async Task Rollback_OnlyMoveWasTheFirst_FailsNamingNoEarlierHolder()
    {
        await SeedAsync(versions: 1);
        await RunAsync("registry", "alias", Model, "champion", "1");

        var rollback = await RunAsync("registry", "rollback", Model);

        Assert.NotEqual(0, rollback.ExitCode);
        Assert.Contains("no earlier holder", rollback.Output);
        Assert.Equal(1, await ChampionAsync());
    }

    [Fact]
    public async Task Rollback_EarlierVersionDeleted_FailsNamingTheDeletedVersion()
    {
        await SeedAsync(versions: 2);
        await RunAsync("registry", "alias", Model, "champion", "1");
        await RunAsync("registry", "alias", Model, "champion", "2");
        using (var store = Open())
        {
            await store.Registry.DeleteModelVersionAsync(Model, 1);
        }

        var rollback = await RunAsync("registry", "rollback", Model);

        Assert.NotEqual(0, rollback.ExitCode);
        Assert.Contains("version 1: that version was deleted", rollback.Output);
        Assert.Equal(2, await ChampionAsync());
    }

    private static string? Text(JsonElement move, string name) =>
        move.EnumerateObject().First(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value.GetString();

    private Task<CliProcess.Result> RunAsync(params string[] args) => CliProcess.RunAsync(ws.Root, [.. args, "--tracking-uri", ws.TrackingUri]);

    private SqliteStore Open() => SqliteStore.Open(ws.PathOf("mlruns/mlops.db"), ws.PathOf("mlruns/artifacts"));

    private async Task SeedAsync(int versions)
    {
        using var store = Open();
        await store.Registry.CreateRegisteredModelAsync(Model);
        for (var i = 1; i <= versions; i++)
        {
            await store.Registry.CreateModelVersionAsync(Model, $"models:/{Model}/{i}", runId: null);
        }
    }

    private async Task<int> ChampionAsync()
    {
        using var store = Open();
        return (await store.Registry.GetRegisteredModelAsync(Model)).Aliases["champion"];
    }
}
