using Mlops.Core.Tracking;

namespace Mlops.Storage.ContractTests.Sqlite;

public sealed class SqliteTrackingStoreTests : TrackingStoreContract, IDisposable
{
    private readonly TempSqliteStore temp = new();

    protected override Task<ITrackingStore> CreateStoreAsync() => Task.FromResult<ITrackingStore>(temp.Store.Tracking);

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task CreateExperiment_NoLocation_ArtifactsUnderRootById()
    {
        var id = await Store.CreateExperimentAsync("located");

        var experiment = await Store.GetExperimentAsync(id);

        Assert.Equal($"{temp.ArtifactRoot}/{id}", experiment.ArtifactLocation);
        Assert.Equal("1", id);
    }
}
