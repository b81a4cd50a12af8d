using System.Diagnostics;
using Mlops.Core.Tracking;
using Mlops.Storage.Postgres;
using Xunit.Abstractions;

namespace Mlops.Storage.ContractTests.Postgres;

/// <summary>The binary COPY path for large batches, which the contract's small batches never reach.</summary>
[Collection(PostgresCollection.Name)]
[RequiresPostgres]
public sealed class PostgresBatchTests(PostgresServerFixture server, ITestOutputHelper output)
{
    private static readonly string ArtifactRoot = Path.Combine(Path.GetTempPath(), "mlops-pg-root");

    [ContractFact]
    public async Task LogBatch_HundredThousandPoints_AllStoredWithLatestPerKey()
    {
        await using var store = PostgresStore.Open(await server.DatabaseForAsync(GetType()), ArtifactRoot);
        var run = await store.Tracking.CreateRunAsync("0", "big", 1);
        var metrics = Enumerable.Range(0, 100_000)
            .Select(i => new Metric(i % 2 == 0 ? "loss" : "accuracy", i == 99_998 ? double.NaN : i, 1000 + i, i / 2)).ToList();
        var clock = Stopwatch.StartNew();

        await store.Tracking.LogBatchAsync(run.RunId, metrics, new Dictionary<string, string>(), new Dictionary<string, string>());
        output.WriteLine($"LogBatch of {metrics.Count} points: {clock.ElapsedMilliseconds} ms");

        var loss = await store.Tracking.GetMetricHistoryAsync(run.RunId, "loss");
        var latest = (await store.Tracking.GetRunAsync(run.RunId)).Metrics.ToDictionary(m => m.Key);
        Assert.Equal(50_000, loss.Count);
        Assert.Equal(Enumerable.Range(0, 50_000).Select(i => (long)i), loss.Select(m => m.Step));
        Assert.True(double.IsNaN(latest["loss"].Value));
        Assert.Equal(99_999, latest["accuracy"].Value);
    }
}
