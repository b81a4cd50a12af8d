using System.Net;
using Mlops.Serving.Apis.Contracts;
using Mlops.Serving.Tests.Support;

namespace Mlops.Serving.Tests.Models;

[Collection(ModelCollection.Name)]
public sealed class HotReloadTests(RegisteredModelFixture fixture)
{
    [Fact]
    public async Task Check_AliasMoved_NextRequestServedByNewVersion()
    {
        var uri = await fixture.AliasAsync(1);
        await using var server = await ServingHarness.StartAsync(fixture, uri);
        Assert.Equal(1, (await PredictAsync(server)).Model.Version);

        await fixture.Store.Registry.SetAliasAsync(RegisteredModelFixture.ModelName, uri.Split('@')[1], 2);
        var swapped = await server.Reloader.CheckAsync();

        Assert.True(swapped);
        Assert.Equal(2, (await PredictAsync(server)).Model.Version);
        Assert.Contains("mlops_model_reloads_total 1", await server.Client.GetStringAsync("/metrics"));
    }

    [Fact]
    public async Task Check_AliasUnchanged_NoReload()
    {
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1));

        Assert.False(await server.Reloader.CheckAsync());
        Assert.Equal(1, (await PredictAsync(server)).Model.Version);
    }

    [Fact]
    public async Task Check_BrokenVersion_OldKeepsServingAndReadyReportsIt()
    {
        var uri = await fixture.AliasAsync(1);
        await using var server = await ServingHarness.StartAsync(fixture, uri);

        await fixture.Store.Registry.SetAliasAsync(RegisteredModelFixture.ModelName, uri.Split('@')[1], 3);
        var swapped = await server.Reloader.CheckAsync();

        Assert.False(swapped);
        Assert.Equal(1, (await PredictAsync(server)).Model.Version);
        var ready = await server.Client.GetAsync("/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var readyBody = await Json.ReadAsync<ReadyResponse>(ready);
        Assert.Equal(3, readyBody.FailedVersion);
        Assert.Contains("model.zip", readyBody.ReloadError);
        var info = await Json.ReadAsync<ModelInfoResponse>(await server.Client.GetAsync("/model/info"));
        Assert.Equal((1, 3), (info.Model.Version!.Value, info.FailedVersion!.Value));
        Assert.Contains("mlops_model_reload_failures_total 1", await server.Client.GetStringAsync("/metrics"));

        // The broken version is not retried until the alias moves; moving it back clears the report.
        Assert.False(await server.Reloader.CheckAsync());
        Assert.Contains("mlops_model_reload_failures_total 1", await server.Client.GetStringAsync("/metrics"));
        await fixture.Store.Registry.SetAliasAsync(RegisteredModelFixture.ModelName, uri.Split('@')[1], 1);
        await server.Reloader.CheckAsync();
        Assert.Null((await Json.ReadAsync<ReadyResponse>(await server.Client.GetAsync("/ready"))).ReloadError);
    }

    [Fact]
    public async Task Poller_AliasMoved_FollowedWithoutManualCheck()
    {
        // A period no other timer of the server has, on a fake clock: the poll happens when the test advances it.
        var poll = TimeSpan.FromSeconds(7);
        var time = new TimerWatchingTimeProvider(poll);
        var uri = await fixture.AliasAsync(1);
        await using var server = await ServingHarness.StartAsync(fixture, uri, configure: o => o with { PollInterval = poll, Time = time });
        await time.TimerCreated.WaitAsync(TimeSpan.FromSeconds(20));
        await fixture.Store.Registry.SetAliasAsync(RegisteredModelFixture.ModelName, uri.Split('@')[1], 2);
        var swapped = server.NextSwap();

        time.Advance(poll - TimeSpan.FromMilliseconds(1));
        Assert.False(swapped.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));

        await swapped.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(2, (await PredictAsync(server)).Model.Version);
    }

    [Fact]
    public async Task Check_DuringConcurrentRequests_NoRequestFails()
    {
        var uri = await fixture.AliasAsync(1);
        var alias = uri.Split('@')[1];
        await using var server = await ServingHarness.StartAsync(fixture, uri);
        using var stop = new CancellationTokenSource();
        var failures = 0;
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        // Set by the load once a request is answered by the version just swapped in: each swap happens under traffic.
        var answeredBy = new Awaited(0, new TaskCompletionSource());
        var load = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var response = await server.PostJsonAsync("/predict", fixture.Record(11));
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref failures);
                    continue;
                }
                var version = (await Json.ReadAsync<PredictionResponse>(response)).Model.Version!.Value;
                seen[version] = true;
                var awaited = Volatile.Read(ref answeredBy);
                if (awaited.Version == version)
                {
                    awaited.Answered.TrySetResult();
                }
            }
        })).ToList();

        for (var i = 0; i < 6; i++)
        {
            var version = i % 2 == 0 ? 2 : 1;
            var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref answeredBy, new Awaited(version, answered));
            await fixture.Store.Registry.SetAliasAsync(RegisteredModelFixture.ModelName, alias, version);
            Assert.True(await server.Reloader.CheckAsync());
            await answered.Task.WaitAsync(TimeSpan.FromSeconds(20));
        }
        await stop.CancelAsync();
        await Task.WhenAll(load);

        Assert.Equal(0, failures);
        Assert.True(seen.ContainsKey(1) && seen.ContainsKey(2));
    }

    private sealed record Awaited(int Version, TaskCompletionSource Answered);

    private async Task<PredictionResponse> PredictAsync(ServingHarness server) =>
        await Json.ReadAsync<PredictionResponse>(await server.PostJsonAsync("/predict", fixture.Record(0)));
}
