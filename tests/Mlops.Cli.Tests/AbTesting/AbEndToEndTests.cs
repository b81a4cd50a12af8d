using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Mlops.Cli.Tests.Support;
using Mlops.Serving;
using Mlops.Serving.Tests.Support;
using Mlops.Storage.Sqlite;

namespace Mlops.Cli.Tests.AbTesting;

/// <summary>
/// The whole loop on the pipeline's workspace: two prediction servers on one store, `ab start`, simulated traffic with
/// unit keys and labels on both, `ab status`, and `ab conclude` while traffic runs; both replicas follow the test in and
/// out with no failed request. The challenger is the champion's own package registered again, so the alias is kept
/// unless chance makes the twin significantly better, in which case it moves; either way the two agree.
/// </summary>
public sealed class AbEndToEndTests(GoodRunFixture fixture) : IClassFixture<GoodRunFixture>
{
    private const string Model = "obesity_classifier";

    [Fact]
    public async Task Conclude_TwoReplicasUnderTraffic_BothFollowTheTestAndNoRequestFails()
    {
        var ws = fixture.Workspace;
        int twin, original;
        using (var store = StoreProbe.Open(ws))
        {
            var champion = await store.Registry.GetModelVersionByAliasAsync(Model, "champion");
            original = champion.Version;
            twin = (await store.Registry.CreateModelVersionAsync(Model, champion.Source, champion.RunId, champion.Tags, "the champion again")).Version;
        }
        var (a, signalA, storeA) = await StartReplicaAsync(ws);
        var (b, signalB, storeB) = await StartReplicaAsync(ws);
        try
        {
            var routedA = signalA.Next(l => l.StartsWith("A/B test e2e (split) routing", StringComparison.Ordinal));
            var routedB = signalB.Next(l => l.StartsWith("A/B test e2e (split) routing", StringComparison.Ordinal));
            var start = await Cli(ws, "ab", "start", "--name", "e2e", "--model", Model, "--variant", "champion=@champion",
                "--variant", $"twin={twin}", "--min-detectable-effect", AbCli.SmallHorizonEffect);
            Assert.True(start.ExitCode == 0, start.Output);
            await Task.WhenAll(routedA, routedB).WaitAsync(TimeSpan.FromSeconds(60));

            var trafficA = Traffic(await Cli(ws, Simulate(a, rows: 300, seed: 1)));
            var trafficB = Traffic(await Cli(ws, Simulate(b, rows: 300, seed: 2)));
            foreach (var traffic in new[] { trafficA, trafficB })
            {
                Assert.Equal(300, traffic.GetProperty("answered").GetInt32());
                Assert.True(traffic.GetProperty("requests_by_variant").TryGetProperty("twin", out _), traffic.ToString());
                Assert.True(traffic.GetProperty("requests_by_variant").TryGetProperty("champion", out _), traffic.ToString());
            }

            var status = AbCli.Json(await Cli(ws, "ab", "status", "e2e", "--json")).GetProperty("report");
            Assert.True(status.GetProperty("horizon").GetProperty("reached").GetBoolean(), status.ToString());

            var overA = signalA.Next(l => l.StartsWith("A/B test e2e is over", StringComparison.Ordinal));
            var overB = signalB.Next(l => l.StartsWith("A/B test e2e is over", StringComparison.Ordinal));
            var during = Cli(ws, Simulate(a, rows: 400, seed: 3));
            var conclude = await Cli(ws, "ab", "conclude", "e2e", "--json");
            Assert.True(conclude.ExitCode == 0, conclude.Output);
            await Task.WhenAll(overA, overB).WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(0, Traffic(await during).GetProperty("refused").GetInt32());

            var verdict = AbCli.Json(conclude).GetProperty("conclusion").GetProperty("verdict").GetString();
            using (var store = StoreProbe.Open(ws))
            {
                var champion = (await store.Registry.GetRegisteredModelAsync(Model)).Aliases["champion"];
                Assert.Equal(verdict == "ChallengerBetter" ? twin : original, champion);
            }
            foreach (var replica in new[] { a, b })
            {
                var after = Traffic(await Cli(ws, Simulate(replica, rows: 50, seed: 4)));
                Assert.Equal(50, after.GetProperty("answered").GetInt32());
                Assert.Empty(after.GetProperty("requests_by_variant").EnumerateObject());
            }
        }
        finally
        {
            await a.StopAsync();
            await b.StopAsync();
            await a.DisposeAsync();
            await b.DisposeAsync();
            storeA.Dispose();
            storeB.Dispose();
        }
    }

    // Far more units than requests: each unit's requests all go to one variant, so with few units the request counts
    // per variant swing with how the units fell, and the sample-ratio check (on requests) would flag a sound split.
    private static string[] Simulate(WebApplication replica, int rows, int seed) =>
        ["simulate", "traffic", "--url", ServingApp.BoundAddress(replica).ToString(), "--rows", rows.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--units", "1000000", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json"];

    private static JsonElement Traffic(CliProcess.Result result)
    {
        Assert.True(result.ExitCode == 0, result.Output);
        var json = AbCli.Json(result);
        Assert.Equal(0, json.GetProperty("refused").GetInt32());
        return json;
    }

    private static Task<CliProcess.Result> Cli(Workspace ws, params string[] args) =>
        CliProcess.RunAsync(ws.Root, new Dictionary<string, string> { ["USER"] = "e2e" }, args);

    /// <summary>A replica with its own connection to the shared store, as a second process would have.</summary>
    private static async Task<(WebApplication App, LogSignal Signal, SqliteStore Store)> StartReplicaAsync(Workspace ws)
    {
        var store = StoreProbe.Open(ws);
        var options = new ServingOptions { ModelUri = $"models:/{Model}@champion", Port = 0, PollInterval = TimeSpan.FromMilliseconds(200) };
        var signal = new LogSignal();
        var stores = new ServingStores(store.Tracking, store.Registry, store.Artifacts, store.PredictionLog, store.PredictionLog, store.AbTests);
        var app = ServingApp.Build(options, Task.FromResult(stores), builder => builder.Logging.AddProvider(signal));
        var loaded = signal.Next(line => line.StartsWith("Serving ", StringComparison.Ordinal));
        await app.StartAsync();
        await loaded.WaitAsync(TimeSpan.FromSeconds(60));
        return (app, signal, store);
    }
}
