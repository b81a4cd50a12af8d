using Mlops.Core.AbTesting;
using Mlops.Storage.Postgres;
using Mlops.Storage.Postgres.AbTesting;

namespace Mlops.Storage.ContractTests.Postgres;

[Collection(PostgresCollection.Name)]
[RequiresPostgres]
public sealed class PostgresAbTestStoreTests(PostgresServerFixture server) : AbTestStoreContract
{
    private readonly List<PostgresStore> stores = [];

    protected override async Task<IAbTestStore> CreateAsync(TimeProvider time) => new PostgresAbTestStore((await OpenedAsync(time)).Database, time);

    protected override async Task<IAbTestStore> OpenSecondAsync() => new PostgresAbTestStore((await OpenedAsync(null)).Database);

    protected override async Task DisposeStoreAsync()
    {
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }

    private async Task<PostgresStore> OpenedAsync(TimeProvider? time)
    {
        var store = PostgresStore.Open(await server.DatabaseForAsync(GetType()), Path.GetTempPath(), time);
        stores.Add(store);
        return store;
    }
}
