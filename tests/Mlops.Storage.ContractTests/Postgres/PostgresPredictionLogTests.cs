using Mlops.Core.Predictions;
using Mlops.Storage.Postgres;
using Mlops.Storage.Postgres.Predictions;

namespace Mlops.Storage.ContractTests.Postgres;

[Collection(PostgresCollection.Name)]
[RequiresPostgres]
public sealed class PostgresPredictionLogTests(PostgresServerFixture server) : PredictionBatchLogContract
{
    private PostgresStore? store;

    protected override async Task<IPredictionLog> CreateLogAsync()
    {
        store = PostgresStore.Open(await server.DatabaseForAsync(GetType()), Path.GetTempPath());
        return new PostgresPredictionLog(store.Database);
    }

    protected override async Task DisposeLogAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
        }
    }
}
