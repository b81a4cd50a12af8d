using Mlops.Core.AbTesting;
using Mlops.Storage.Sqlite;

namespace Mlops.Storage.ContractTests.Sqlite;

public sealed class SqliteAbTestStoreTests : AbTestStoreContract, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"mlops-abtests-{Guid.NewGuid():N}");
    private readonly List<SqliteStore> stores = [];

    private string DatabasePath => Path.Combine(folder, "mlops.db");

    protected override Task<IAbTestStore> CreateAsync(TimeProvider time) => Task.FromResult<IAbTestStore>(Opened(time).AbTests);

    protected override Task<IAbTestStore> OpenSecondAsync() => Task.FromResult<IAbTestStore>(Opened(null).AbTests);

    [Fact]
    public async Task Start_NewStore_TablesInThePredictionLogFileBesideItsBatches()
    {
        var test = await Store.StartAsync(Draft("file"), "ana");

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={stores[0].PredictionLog.Path};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM ab_tests WHERE id = $id;";
        command.Parameters.AddWithValue("$id", test.Id);
        Assert.Equal(test.Name, command.ExecuteScalar());
    }

    public void Dispose()
    {
        foreach (var store in stores)
        {
            store.Dispose();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private SqliteStore Opened(TimeProvider? time)
    {
        var store = SqliteStore.Open(DatabasePath, folder, time);
        stores.Add(store);
        return store;
    }
}
