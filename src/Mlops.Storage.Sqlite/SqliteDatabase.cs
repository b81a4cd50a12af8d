using Microsoft.Data.Sqlite;
using Mlops.Storage.Sqlite.Schema;

namespace Mlops.Storage.Sqlite;

/// <summary>
/// One SQLite file shared by the tracking store and the registry. Opens a pooled connection per operation (so it is
/// thread-safe), in WAL mode with a 30 s busy timeout, and writes in <c>BEGIN IMMEDIATE</c> transactions so that
/// concurrent writers, threads or processes, wait for each other instead of failing with "database is locked".
/// </summary>
public sealed class SqliteDatabase
{
    private const int BusyTimeoutMs = 30_000;

    private readonly string connectionString;

    private SqliteDatabase(string path)
    {
        Path = path;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMs / 1000,
        }.ToString();
    }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating the folder, file and schema on first use) and migrates the database at <paramref name="databasePath"/>.</summary>
    public static SqliteDatabase Open(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var fullPath = System.IO.Path.GetFullPath(databasePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        var database = new SqliteDatabase(fullPath);
        using var connection = database.OpenConnection();
        SqliteSchema.Migrate(connection);
        return database;
    }

    /// <summary>The schema version recorded in the <c>schema_version</c> table.</summary>
    public int GetSchemaVersion()
    {
        using var connection = OpenConnection();
        return SqliteSchema.CurrentVersion(connection);
    }

    internal SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Configure(connection);
        return connection;
    }

    internal async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        Configure(connection);
        return await work(connection);
    }

    /// <summary>Runs <paramref name="work"/> in one <c>BEGIN IMMEDIATE</c> transaction: all of it is written or none.</summary>
    internal async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        Configure(connection);
        // deferred: false makes Microsoft.Data.Sqlite issue BEGIN IMMEDIATE, taking the write lock up front, so a
        // read-then-write transaction never fails with SQLITE_BUSY_SNAPSHOT under concurrent writers.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(ct);
        return result;
    }

    internal Task WriteAsync(Func<SqliteConnection, SqliteTransaction, Task> work, CancellationToken ct) =>
        WriteAsync<bool>(async (c, t) =>
        {
            await work(c, t);
            return true;
        }, ct);

    private static void Configure(SqliteConnection connection)
    {
        // Per-connection settings: pooled connections keep them, but a fresh one needs them before its first statement.
        using var command = connection.CreateCommand();
        command.CommandText =
            $"PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA synchronous = NORMAL; PRAGMA case_sensitive_like = ON;";
        command.ExecuteNonQuery();
    }
}
