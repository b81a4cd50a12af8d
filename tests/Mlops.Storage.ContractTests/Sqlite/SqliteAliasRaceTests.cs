using Microsoft.Data.Sqlite;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;
using Mlops.Storage.ContractTests.Race;
using Mlops.Storage.Sqlite;

namespace Mlops.Storage.ContractTests.Sqlite;

/// <summary>The alias races on one SQLite file opened by two store instances.</summary>
public sealed class SqliteAliasRaceTests : AliasRaceContract
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"mlops-sqlite-race-{Guid.NewGuid():N}");
    private readonly List<SqliteStore> stores = [];

    protected override Task<IReadOnlyList<(IModelRegistry Registry, ITrackingStore Tracking)>> OpenWritersAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            stores.Add(SqliteStore.Open(Path.Combine(folder, "mlops.db"), Path.Combine(folder, "artifacts")));
        }
        return Task.FromResult<IReadOnlyList<(IModelRegistry, ITrackingStore)>>(
            stores.Select(s => ((IModelRegistry)s.Registry, (ITrackingStore)s.Tracking)).ToList());
    }

    protected override Task CloseWritersAsync()
    {
        stores.ForEach(s => s.Dispose());
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        return Task.CompletedTask;
    }
}
