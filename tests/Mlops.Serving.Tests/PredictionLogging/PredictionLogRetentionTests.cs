using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Mlops.Core.Predictions;
using Mlops.Serving.PredictionLogging;
using Mlops.Serving.Tests.Support;

namespace Mlops.Serving.Tests.PredictionLogging;

[Collection(ModelCollection.Name)]
public sealed class PredictionLogRetentionTests(RegisteredModelFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Retention_MaxAgeAndRows_PrunesWithCutoffAndCountsDeletedRows()
    {
        var log = new PruneRecordingLog(failFirst: 0);
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1), log, o => o with
        {
            PredictionLogRetention = new PredictionRetention(TimeSpan.FromHours(1), 1_000),
            PredictionLogPruneInterval = TimeSpan.FromMilliseconds(50),
        });
        var pruned = WaitForPrunes(server, 2);

        var before = DateTimeOffset.UtcNow;
        await pruned.WaitAsync(Wait);

        var first = log.Prunes.First();
        Assert.Equal(1_000, first.KeepNewestRows);
        Assert.InRange(first.OlderThan!.Value, before.AddHours(-1).AddSeconds(-30), DateTimeOffset.UtcNow.AddHours(-1));
        Assert.False(first.DryRun);
        var counted = System.Text.RegularExpressions.Regex.Match(await server.Client.GetStringAsync("/metrics"),
            @"^mlops_prediction_log_pruned_total (\d+)$", System.Text.RegularExpressions.RegexOptions.Multiline);
        Assert.True(counted.Success);
        Assert.True(long.Parse(counted.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 8);
    }

    [Fact]
    public async Task Retention_PruneFails_ServingGoesOnAndNextTickRetries()
    {
        var log = new PruneRecordingLog(failFirst: 1);
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1), log, o => o with
        {
            PredictionLogRetention = new PredictionRetention(null, 10),
            PredictionLogPruneInterval = TimeSpan.FromMilliseconds(50),
        });
        var pruned = WaitForPrunes(server, 1);

        await pruned.WaitAsync(Wait);

        Assert.True(log.Prunes.Count >= 2);
        Assert.Contains(server.ServerLog.Lines, m => m.Contains("retention failed", StringComparison.Ordinal));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await server.PostJsonAsync("/predict", fixture.Record(1))).StatusCode);
    }

    [Fact]
    public async Task Retention_KeepAll_NeverPrunes()
    {
        var log = new PruneRecordingLog(failFirst: 0);
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1), log,
            o => o with { PredictionLogPruneInterval = TimeSpan.FromMilliseconds(10) });

        await server.PostJsonAsync("/predict", fixture.Record(1));
        await server.LogQueue.FlushAsync(Wait);

        Assert.Empty(log.Prunes);
        Assert.Single(log.Appended);
    }

    private static Task WaitForPrunes(ServingHarness server, int count)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var seen = 0;
        server.App.Services.GetRequiredService<PredictionLogRetainer>().Pruned += _ =>
        {
            if (Interlocked.Increment(ref seen) >= count)
            {
                done.TrySetResult();
            }
        };
        return done.Task;
    }

    private sealed class PruneRecordingLog(int failFirst) : IPredictionLog
    {
        private int calls;

        public ConcurrentQueue<PredictionPrune> Prunes { get; } = new();

        public ConcurrentBag<PredictionBatch> Appended { get; } = [];

        public Task AppendAsync(PredictionBatch batch, CancellationToken ct = default)
        {
            Appended.Add(batch);
            return Task.CompletedTask;
        }

        public Task<PredictionPage> ListAsync(PredictionQuery query, CancellationToken ct = default) =>
            Task.FromResult(new PredictionPage([], null));

        public Task<PredictionPruneResult> PruneAsync(PredictionPrune prune, CancellationToken ct = default)
        {
            Prunes.Enqueue(prune);
            return Interlocked.Increment(ref calls) <= failFirst
                ? throw new IOException("database is locked")
                : Task.FromResult(new PredictionPruneResult(1, 4));
        }
    }
}
