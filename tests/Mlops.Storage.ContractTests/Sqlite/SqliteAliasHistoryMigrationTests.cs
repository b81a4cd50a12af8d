using Microsoft.Data.Sqlite;
using Mlops.Core.Registry;
using Mlops.Storage.Sqlite;

namespace Mlops.Storage.ContractTests.Sqlite;

public sealed class SqliteAliasHistoryMigrationTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"mlops-aliasmig-{Guid.NewGuid():N}");

    private string DatabasePath => Path.Combine(folder, "mlops.db");

    [Fact]
    public async Task Open_Version5DatabaseWithAnAlias_UpgradesInPlaceKeepsTheAliasAndRecordsLaterMoves()
    {
        using (var old = SqliteStore.Open(DatabasePath, folder))
        {
            await old.Registry.CreateRegisteredModelAsync("m");
            await old.Registry.CreateModelVersionAsync("m", "models:/m/1", runId: null);
            await old.Registry.CreateModelVersionAsync("m", "models:/m/2", runId: null);
            await old.Registry.SetAliasAsync("m", "champion", 1);
        }
        RewindToVersion5();

        using var store = SqliteStore.Open(DatabasePath, folder);
        var emptyBefore = await store.Registry.ListAliasMovesAsync("m");
        var moved = await store.Registry.MoveAliasAsync("m", "champion", 2, 1, new AliasChangeNote("alice", "upgrade"));

        Assert.Equal(7, store.Database.GetSchemaVersion());
        Assert.Empty(emptyBefore);
        Assert.True(moved);
        Assert.Equal((1, 2, "alice"), (await store.Registry.ListAliasMovesAsync("m")).Select(m => (m.FromVersion, m.ToVersion, m.Actor)).Single());
    }

    private void RewindToVersion5()
    {
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DROP TABLE feature_set_versions; DROP TABLE feature_set_columns; DROP TABLE feature_set_models; "
            + "DROP TABLE registered_model_alias_moves; DROP TABLE leases; DELETE FROM schema_version WHERE version >= 6;";
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
