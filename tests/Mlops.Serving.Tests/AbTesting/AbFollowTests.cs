using System.Net;
using Mlops.Core.AbTesting;
using Mlops.Serving.Apis.Contracts;
using Mlops.Serving.Tests.Support;

namespace Mlops.Serving.Tests.AbTesting;

[Collection(ModelCollection.Name)]
public sealed class AbFollowTests(RegisteredModelFixture fixture)
{
    [Fact]
    public async Task Poller_TestStartedThenStopped_FollowedWithinOnePoll()
    {
        var poll = TimeSpan.FromSeconds(7);
        var time = new TimerWatchingTimeProvider(poll);
        var store = new MemoryAbTestStore();
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1),
            configure: o => o with { PollInterval = poll, Time = time }, abTests: store);
        await time.TimerCreated.WaitAsync(TimeSpan.FromSeconds(20));
        await store.StartAsync("follow", AbMode.Split, ("champion", 1, 0.5), ("challenger", 2, 0.5));
        var routed = server.Signal.Next(line => line.StartsWith("A/B test follow (split) routing", StringComparison.Ordinal));

        time.Advance(poll - TimeSpan.FromMilliseconds(1));
        Assert.False(routed.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await routed.WaitAsync(TimeSpan.FromSeconds(20));
        var (variant, _) = await AbTraffic.VariantAsync(await server.PostJsonAsync("/predict", fixture.Record(0)));
        Assert.NotNull(variant);

        await store.StopAsync("follow", "test");
        var over = server.Signal.Next(line => line.StartsWith("A/B test follow is over", StringComparison.Ordinal));
        time.Advance(poll);
        await over.WaitAsync(TimeSpan.FromSeconds(20));
        var (after, body) = await AbTraffic.VariantAsync(await server.PostJsonAsync("/predict", fixture.Record(0)));
        Assert.Null(after);
        Assert.False(body.TryGetProperty("ab_test", out _));
        Assert.Equal(1, body.GetProperty("model").GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Check_VariantFailsToLoad_ServesChampionReportsOnReadyLogsOnce()
    {
        var store = new MemoryAbTestStore();
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1), abTests: store);
        await store.StartAsync("broken", AbMode.Split, ("champion", 1, 0.5), ("challenger", 3, 0.5));

        await server.AbTests.CheckAsync();
        await server.AbTests.CheckAsync();

        var (variant, body) = await AbTraffic.VariantAsync(await server.PostJsonAsync("/predict", fixture.Record(0)));
        Assert.Null(variant);
        Assert.Equal(1, body.GetProperty("model").GetProperty("version").GetInt32());
        var ready = await server.Client.GetAsync("/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var state = (await Json.ReadAsync<ReadyResponse>(ready)).AbTest;
        Assert.Equal(("broken", "failed"), (state!.Name, state.State));
        Assert.Contains("model.zip", state.Error);
        Assert.Single(server.ServerLog.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("A/B test broken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ready_TestRunningThenNone_ReportsItOnlyWhileRunning()
    {
        var store = new MemoryAbTestStore();
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1), abTests: store);
        Assert.DoesNotContain("ab_test", await server.Client.GetStringAsync("/ready"));
        await store.StartAsync("ready", AbMode.Shadow, ("champion", 1, 1), ("challenger", 2, 0));

        await server.AbTests.CheckAsync();
        var state = (await Json.ReadAsync<ReadyResponse>(await server.Client.GetAsync("/ready"))).AbTest;
        Assert.Equal(("ready", "running", (string?)null), (state!.Name, state.State, state.Error));

        await store.StopAsync("ready", "test");
        await server.AbTests.CheckAsync();
        Assert.DoesNotContain("ab_test", await server.Client.GetStringAsync("/ready"));
    }

    [Fact]
    public async Task Check_StartAndStopDuringConcurrentRequests_NoRequestFails()
    {
        var store = new MemoryAbTestStore();
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1), abTests: store);
        using var stop = new CancellationTokenSource();
        var failures = 0;
        // Set by the load once an answer with (or without) the A/B fields comes back: each switch happens under traffic.
        var awaited = new Awaited(true, new TaskCompletionSource());
        var load = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var response = await AbTraffic.PostAsync(server, i % 2 == 0 ? "/predict" : "/predict/batch",
                    i % 2 == 0 ? fixture.Record(i % 50) : new { records = new[] { fixture.Record(i % 50), fixture.Record(3) } }, $"u{worker}-{i}");
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref failures);
                    continue;
                }
                var body = await Json.ReadElementAsync(response);
                var current = Volatile.Read(ref awaited);
                if (current.WithTest == body.TryGetProperty("variant", out _))
                {
                    current.Seen.TrySetResult();
                }
            }
        })).ToList();

        for (var round = 0; round < 3; round++)
        {
            var name = $"load-{round}";
            var seen = Arm(ref awaited, withTest: true);
            await store.StartAsync(name, round == 1 ? AbMode.Shadow : AbMode.Split, ("champion", 1, 0.5), ("challenger", 2, 0.5));
            await server.AbTests.CheckAsync();
            await seen.WaitAsync(TimeSpan.FromSeconds(30));
            seen = Arm(ref awaited, withTest: false);
            await store.StopAsync(name, "test");
            await server.AbTests.CheckAsync();
            await seen.WaitAsync(TimeSpan.FromSeconds(30));
        }
        await stop.CancelAsync();
        await Task.WhenAll(load);

        Assert.Equal(0, failures);
    }

    private static Task Arm(ref Awaited awaited, bool withTest)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref awaited, new Awaited(withTest, seen));
        return seen.Task;
    }

    private sealed record Awaited(bool WithTest, TaskCompletionSource Seen);
}
