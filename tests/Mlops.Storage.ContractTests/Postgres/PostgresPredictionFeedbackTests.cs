using Mlops.Core.Predictions;
using Mlops.Storage.Postgres;
using Mlops.Storage.Postgres.Predictions;

namespace Mlops.Storage.ContractTests.Postgres;

[Collection(PostgresCollection.Name)]
[RequiresPostgres]
public sealed class PostgresPredictionFeedbackTests(PostgresServerFixture server) : PredictionFeedbackContract
{
    private PostgresStore? store;

    protected override async Task<(IPredictionLog Log, IPredictionFeedback Feedback)> CreateAsync(TimeProvider time)
    {
        store = PostgresStore.Open(await server.DatabaseForAsync(GetType()), Path.GetTempPath(), time);
        var log = new PostgresPredictionLog(store.Database, time);
        return (log, log);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
        }
    }
}
