using System.Diagnostics;
using Mlops.Core.Tracking;
using Mlops.Storage.Postgres;
using Xunit.Abstractions;

namespace Mlops.Storage.ContractTests.Postgres;

/// <summary>
/// Many writers on one database, each with its own store and connection pool (as separate processes would have):
/// nothing lost, version numbers distinct and gapless.
/// </summary>
[Collection(PostgresCollection.Name)]
[RequiresPostgres]
public sealed class PostgresConcurrencyTests(PostgresServerFixture server, ITestOutputHelper output)
{
    private const int Writers = 8;
    private const int PointsPerWriter = 1000;

    private static readonly string ArtifactRoot = Path.Combine(Path.GetTempPath(), "mlops-pg-root");

    [ContractFact]
    public async Task LogMetric_EightWritersThousandPointsEach_AllEightThousandStored()
    {
        var database = await server.CreateDatabaseAsync();
        var stores = await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(() => PostgresStore.Open(database, ArtifactRoot))));
        try
        {
            var run = await stores[0].Tracking.CreateRunAsync("0", "shared", 1);
            var clock = Stopwatch.StartNew();

            await Task.WhenAll(stores.Select((store, w) => Task.Run(async () =>
            {
                for (var step = 0; step < PointsPerWriter; step++)
                {
                    await store.Tracking.LogMetricAsync(run.RunId, new Metric($"writer{w}", step, 1000 + step, step));
                }
            })));
            output.WriteLine($"{Writers} writers x {PointsPerWriter} single-point LogMetric calls: {clock.ElapsedMilliseconds} ms");

            var total = 0;
            for (var w = 0; w < Writers; w++)
            {
                var history = await stores[0].Tracking.GetMetricHistoryAsync(run.RunId, $"writer{w}");
                Assert.Equal(Enumerable.Range(0, PointsPerWriter).Select(s => (long)s), history.Select(m => m.Step));
                total += history.Count;
            }
            Assert.Equal(Writers * PointsPerWriter, total);
            var latest = (await stores[0].Tracking.GetRunAsync(run.RunId)).Metrics;
            Assert.Equal(Writers, latest.Count);
            Assert.All(latest, m => Assert.Equal(PointsPerWriter - 1, m.Value));
        }
        finally
        {
            await Task.WhenAll(stores.Select(s => s.DisposeAsync().AsTask()));
        }
    }

    [ContractFact]
    public async Task CreateModelVersion_EightConcurrentCalls_VersionsOneToEightWithoutDuplicates()
    {
        var database = await server.CreateDatabaseAsync();
        var stores = Enumerable.Range(0, Writers).Select(_ => PostgresStore.Open(database, ArtifactRoot)).ToList();
        try
        {
            await stores[0].Registry.CreateRegisteredModelAsync("obesity_classifier");

            var versions = await Task.WhenAll(stores.Select((store, i) => Task.Run(() =>
                store.Registry.CreateModelVersionAsync("obesity_classifier", $"file:///models/{i}", null))));

            Assert.Equal(Enumerable.Range(1, Writers), versions.Select(v => v.Version).Order());
            var listed = await stores[0].Registry.ListModelVersionsAsync("obesity_classifier");
            Assert.Equal(Enumerable.Range(1, Writers), listed.Select(v => v.Version));
        }
        finally
        {
            await Task.WhenAll(stores.Select(s => s.DisposeAsync().AsTask()));
        }
    }

    [ContractFact]
    public async Task LogParam_SameKeyDifferentValuesConcurrently_OneWinsOthersRejected()
    {
        await using var store = PostgresStore.Open(await server.DatabaseForAsync(GetType()), ArtifactRoot);
        var run = await store.Tracking.CreateRunAsync("0", "race", 1);

        var results = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => Task.Run(async () =>
        {
            try
            {
                await store.Tracking.LogParamAsync(run.RunId, "seed", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return true;
            }
            catch (Mlops.Core.Errors.MlopsException e) when (e.Code == Mlops.Core.Errors.ErrorCode.InvalidParameterValue)
            {
                return false;
            }
        })));

        Assert.Single(results, ok => ok);
        Assert.Single((await store.Tracking.GetRunAsync(run.RunId)).Params);
    }
}
