using Microsoft.Data.Sqlite;
using Mlops.Core.Coordination;
using Mlops.Storage.Sqlite;

namespace Mlops.Storage.ContractTests.Sqlite;

/// <summary>Leases on one SQLite file; the second store is another instance on the same file, as another process would open.</summary>
public sealed class SqliteLeaseStoreTests : LeaseStoreContract
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"mlops-lease-{Guid.NewGuid():N}");
    private readonly List<SqliteStore> stores = [];
    private TimeProvider? clock;

    protected override Task<ILeaseStore> CreateAsync(TimeProvider time)
    {
        clock = time;
        return Task.FromResult<ILeaseStore>(Opened().Leases);
    }

    protected override Task<ILeaseStore> OpenSecondAsync() => Task.FromResult<ILeaseStore>(Opened().Leases);

    protected override Task DisposeStoreAsync()
    {
        stores.ForEach(s => s.Dispose());
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        return Task.CompletedTask;
    }

    private SqliteStore Opened()
    {
        var store = SqliteStore.Open(Path.Combine(folder, "mlops.db"), Path.Combine(folder, "artifacts"), clock);
        stores.Add(store);
        return store;
    }
}
