using Microsoft.Data.Sqlite;
using Mlops.Core.Features;
using Mlops.Storage.Sqlite;

namespace Mlops.Storage.ContractTests.Sqlite;

public sealed class SqliteFeatureSetStoreTests : FeatureSetStoreContract
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"mlops-featuresets-{Guid.NewGuid():N}");
    private SqliteStore? store;

    protected override Task<IFeatureSetStore> CreateAsync(TimeProvider time)
    {
        store = SqliteStore.Open(Path.Combine(folder, "mlops.db"), Path.Combine(folder, "artifacts"), time);
        return Task.FromResult<IFeatureSetStore>(store.FeatureSets);
    }

    protected override Task DisposeStoreAsync()
    {
        store?.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        return Task.CompletedTask;
    }
}
