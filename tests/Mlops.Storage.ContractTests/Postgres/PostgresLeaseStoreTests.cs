using Mlops.Core.Coordination;
using Mlops.Storage.Postgres;

namespace Mlops.Storage.ContractTests.Postgres;

[Collection(PostgresCollection.Name)]
[RequiresPostgres]
public sealed class PostgresLeaseStoreTests(PostgresServerFixture server) : LeaseStoreContract
{
    private readonly List<PostgresStore> stores = [];
    private TimeProvider? clock;

    protected override async Task<ILeaseStore> CreateAsync(TimeProvider time)
    {
        clock = time;
        return (await OpenedAsync()).Leases;
    }

    protected override async Task<ILeaseStore> OpenSecondAsync() => (await OpenedAsync()).Leases;

    protected override async Task DisposeStoreAsync()
    {
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }

    private async Task<PostgresStore> OpenedAsync()
    {
        var store = PostgresStore.Open(await server.DatabaseForAsync(GetType()), Path.GetTempPath(), clock);
        stores.Add(store);
        return store;
    }
}
