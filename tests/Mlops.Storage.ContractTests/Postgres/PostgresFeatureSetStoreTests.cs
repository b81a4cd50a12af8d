using Mlops.Core.Features;
using Mlops.Storage.Postgres;

namespace Mlops.Storage.ContractTests.Postgres;

[Collection(PostgresCollection.Name)]
[RequiresPostgres]
public sealed class PostgresFeatureSetStoreTests(PostgresServerFixture server) : FeatureSetStoreContract
{
    private PostgresStore? store;

    protected override async Task<IFeatureSetStore> CreateAsync(TimeProvider time)
    {
        store = PostgresStore.Open(await server.DatabaseForAsync(GetType()), Path.GetTempPath(), time);
        return store.FeatureSets;
    }

    protected override async Task DisposeStoreAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
        }
    }
}
