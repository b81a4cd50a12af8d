using Mlops.Core.Tracking;
using Mlops.Storage.Sqlite;

namespace Mlops.Storage.ContractTests.Sqlite;

/// <summary>Many writers on one file, each with its own store instance: nothing lost, no "database is locked".</summary>
public sealed class SqliteConcurrencyTests : IDisposable
{
    private const int Writers = 8;

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"mlops-sqlite-concurrency-{Guid.NewGuid():N}");

    private string DatabasePath => Path.Combine(folder, "mlops.db");

    private string ArtifactRoot => Path.Combine(folder, "artifacts");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task LogMetric_EightWritersThousandPointsEach_AllEightThousandStored()
    {
        // Every writer opens the fresh file itself, so schema creation races too.
        var stores = await Task.WhenAll(Enumerable.Range(0, Writers)
            .Select(_ => Task.Run(() => SqliteStore.Open(DatabasePath, ArtifactRoot))));
        var run = await stores[0].Tracking.CreateRunAsync("0", "shared", 1);

        await Task.WhenAll(stores.Select((store, w) => Task.Run(async () =>
        {
            for (var step = 0; step < 1000; step++)
            {
                await store.Tracking.LogMetricAsync(run.RunId, new Metric($"writer{w}", step, 1000 + step, step));
            }
        })));

        var check = SqliteStore.Open(DatabasePath, ArtifactRoot).Tracking;
        var total = 0;
        for (var w = 0; w < Writers; w++)
        {
            var history = await check.GetMetricHistoryAsync(run.RunId, $"writer{w}");
            Assert.Equal(Enumerable.Range(0, 1000).Select(s => (long)s), history.Select(m => m.Step));
            total += history.Count;
        }
        Assert.Equal(Writers * 1000, total);
        Assert.All((await check.GetRunAsync(run.RunId)).Metrics, m => Assert.Equal(999, m.Value));
    }

    [Fact]
    public async Task CreateModelVersion_EightConcurrentCalls_VersionsOneToEightWithoutDuplicates()
    {
        var stores = Enumerable.Range(0, Writers).Select(_ => SqliteStore.Open(DatabasePath, ArtifactRoot)).ToList();
        await stores[0].Registry.CreateRegisteredModelAsync("obesity_classifier");

        var versions = await Task.WhenAll(stores.Select((store, i) => Task.Run(() =>
            store.Registry.CreateModelVersionAsync("obesity_classifier", $"file:///models/{i}", null))));

        Assert.Equal(Enumerable.Range(1, Writers), versions.Select(v => v.Version).Order());
        var listed = await stores[0].Registry.ListModelVersionsAsync("obesity_classifier");
        Assert.Equal(Enumerable.Range(1, Writers), listed.Select(v => v.Version));
    }
}
