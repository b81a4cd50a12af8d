using Mlops.Core.Registry;
using Mlops.Storage.Postgres;

namespace Mlops.Storage.ContractTests.Postgres;

[Collection(PostgresCollection.Name)]
[RequiresPostgres]
public sealed class PostgresAliasHistoryTests(PostgresServerFixture server) : AliasHistoryContract
{
    private PostgresStore? store;

    protected override async Task<IModelRegistry> CreateRegistryAsync()
    {
        store = PostgresStore.Open(await server.DatabaseForAsync(GetType()), Path.GetTempPath());
        return store.Registry;
    }

    protected override async Task DisposeRegistryAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
        }
    }
}
