using Mlops.Core.Registry;
using Mlops.Core.Tracking;
using Mlops.Storage.ContractTests.Race;
using Mlops.Storage.Postgres;

namespace Mlops.Storage.ContractTests.Postgres;

/// <summary>The alias races on one PostgreSQL database opened by two stores, each with its own connection pool.</summary>
[Collection(PostgresCollection.Name)]
[RequiresPostgres]
public sealed class PostgresAliasRaceTests(PostgresServerFixture server) : AliasRaceContract
{
    private readonly List<PostgresStore> stores = [];

    protected override async Task<IReadOnlyList<(IModelRegistry Registry, ITrackingStore Tracking)>> OpenWritersAsync(int count)
    {
        var database = await server.CreateDatabaseAsync();
        for (var i = 0; i < count; i++)
        {
            stores.Add(PostgresStore.Open(database, Path.GetTempPath()));
        }
        return stores.Select(s => ((IModelRegistry)s.Registry, (ITrackingStore)s.Tracking)).ToList();
    }

    protected override async Task CloseWritersAsync()
    {
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }
}
