using Mlops.Core.Tracking;
using Mlops.Storage.Sqlite;

namespace Mlops.Storage.ContractTests.Sqlite;

public sealed class SqliteStoreTests : IDisposable
{
    private readonly TempSqliteStore temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Open_NewFolder_CreatesFileAndRecordsSchemaVersion()
    {
        Assert.True(File.Exists(temp.DatabasePath));
        Assert.Equal(7, temp.Store.Database.GetSchemaVersion());
    }

    [Fact]
    public async Task Open_ExistingFile_KeepsDataAndSingleDefaultExperiment()
    {
        var run = await temp.Store.Tracking.CreateRunAsync("0", "kept", 1);
        await temp.Store.Tracking.LogMetricAsync(run.RunId, new Metric("m", 1.5, 1));

        var reopened = SqliteStore.Open(temp.DatabasePath, temp.ArtifactRoot);

        Assert.Equal(1.5, (await reopened.Tracking.GetRunAsync(run.RunId)).Metrics.Single().Value);
        Assert.Single(await reopened.Tracking.ListExperimentsAsync());
        Assert.Equal(7, reopened.Database.GetSchemaVersion());
    }

    [Fact]
    public async Task CreateRun_DefaultExperiment_ArtifactUriUnderRoot()
    {
        var run = await temp.Store.Tracking.CreateRunAsync("0", "r", 1);

        Assert.Equal($"{temp.ArtifactRoot}/0/{run.RunId}/artifacts", run.ArtifactUri);
    }
}
