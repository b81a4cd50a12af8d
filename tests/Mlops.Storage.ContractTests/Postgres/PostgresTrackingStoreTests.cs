using Mlops.Core.Tracking;
using Mlops.Storage.Postgres;

namespace Mlops.Storage.ContractTests.Postgres;

[Collection(PostgresCollection.Name)]
[RequiresPostgres]
public sealed class PostgresTrackingStoreTests(PostgresServerFixture server) : TrackingStoreContract, IDisposable
{
    private readonly string artifactRoot = Path.Combine(Path.GetTempPath(), $"mlops-pg-artifacts-{Guid.NewGuid():N}");
    private PostgresStore? store;

    protected override async Task<ITrackingStore> CreateStoreAsync()
    {
        store = PostgresStore.Open(await server.DatabaseForAsync(GetType()), artifactRoot);
        return store.Tracking;
    }

    protected override async Task DisposeStoreAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
        }
    }

    [ContractFact]
    public async Task RunInputs_PostgresStore_NoneDeclared()
    {
        await NewRunAsync("no-inputs");

        Assert.Null(Store.RunInputs);
    }

    public void Dispose()
    {
        if (Directory.Exists(artifactRoot))
        {
            Directory.Delete(artifactRoot, recursive: true);
        }
    }
}
