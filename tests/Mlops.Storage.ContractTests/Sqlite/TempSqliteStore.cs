using Microsoft.Data.Sqlite;
using Mlops.Storage.Sqlite;

namespace Mlops.Storage.ContractTests.Sqlite;

/// <summary>A SQLite store in a fresh temp folder, deleted on dispose.</summary>
public sealed class TempSqliteStore : IDisposable
{
    public TempSqliteStore()
    {
        Folder = Path.Combine(Path.GetTempPath(), $"mlops-sqlite-{Guid.NewGuid():N}");
        Store = SqliteStore.Open(DatabasePath, ArtifactRoot);
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "db", "mlops.db");

    public string ArtifactRoot => Path.Combine(Folder, "artifacts");

    public SqliteStore Store { get; }

    public void Dispose()
    {
        // The store's own connections keep the file open; close them so the folder can go (Windows needs this).
        Store.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
