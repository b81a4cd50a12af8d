using System.Globalization;
using Microsoft.Data.Sqlite;
using Mlops.Storage.Relational;
using Mlops.Storage.Sqlite.Schema;

namespace Mlops.Storage.Sqlite.Predictions;

/// <summary>
/// The prediction log's own SQLite file. Appends are large sequential blobs, so it uses 64 KiB pages: with the tracking
/// file's 4 KiB pages SQLite wrote every WAL frame with its own syscalls and cost ~4x more per row. One writer
/// connection serves this process (the serving writer appends one batch at a time); writers in other processes wait on
/// the 30 s busy timeout, as in the tracking file. Reads lease connections from a small pool.
/// </summary>
internal sealed class PredictionLogFile : IRelationalDatabase, IDisposable
{
    public const int PageSize = 65_536;
    private const int BusyTimeoutMs = 30_000;
    // Checkpoint every 256 pages (16 MiB of WAL), and cut a WAL that a long reader let grow back to that size.
    private const int AutoCheckpointPages = 256;
    private const long WalSizeLimitBytes = AutoCheckpointPages * (long)PageSize;
    // Lists are occasional (CLI, monitoring); a few idle readers cover them.
    private const int MaxIdleReaders = 4;

    private readonly string connectionString;
    private readonly SemaphoreSlim writing = new(1, 1);
    private readonly SqliteReaderPool readers;
    private SqliteConnection? writer;
    private volatile bool disposed;

    private PredictionLogFile(string path)
    {
        connectionString = SqliteConnectionStrings.ReadWrite(path, BusyTimeoutMs);
        readers = new SqliteReaderPool(Connect, MaxIdleReaders);
    }

    /// <summary>Opens the file at <paramref name="path"/>, creating it with 64 KiB pages in WAL mode, and migrates its schema.</summary>
    public static PredictionLogFile Open(string path, TimeProvider time)
    {
        var file = new PredictionLogFile(path);
        var connection = file.Connect();
        try
        {
            PredictionLogSchema.Migrate(connection, time);
        }
        catch
        {
            Close(connection);
            throw;
        }
        file.writer = connection;
        return file;
    }

    /// <summary>Runs <paramref name="work"/> on the writer connection, one caller at a time.</summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, T> work, CancellationToken ct)
    {
        await writing.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            writer ??= Connect();
            try
            {
                return work(writer);
            }
            catch (SqliteException)
            {
                // The connection itself may be at fault; a fresh one is cheaper than doubt.
                Close(writer);
                writer = null;
                throw;
            }
        }
        finally
        {
            writing.Release();
        }
    }

    public Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken ct) => readers.ReadAsync(work, ct);

    Task<T> IRelationalDatabase.ReadAsync<T>(Func<SqlSession, Task<T>> work, CancellationToken ct) =>
        readers.ReadAsync(c => work(new SqlSession(c, null, SqliteDialect.Instance)), ct);

    /// <summary>Shared statements (a prune) on the writer connection, in one IMMEDIATE transaction.</summary>
    async Task<T> IRelationalDatabase.WriteAsync<T>(Func<SqlSession, Task<T>> work, CancellationToken ct)
    {
        await writing.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            writer ??= Connect();
            using var transaction = writer.BeginTransaction(deferred: false);
            var result = await work(new SqlSession(writer, transaction, SqliteDialect.Instance));
            transaction.Commit();
            return result;
        }
        finally
        {
            writing.Release();
        }
    }

    /// <summary>Waits for the append in progress, then closes every connection.</summary>
    public void Dispose()
    {
        disposed = true;
        var entered = writing.Wait(TimeSpan.FromMilliseconds(BusyTimeoutMs));
        if (writer is not null)
        {
            Close(writer);
            writer = null;
        }
        if (entered)
        {
            writing.Release();
        }
        readers.Dispose();
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        try
        {
            using var command = connection.CreateCommand();
            // page_size only takes effect before the file's first write, which journal_mode = WAL is on a new file;
            // on an existing file both are no-ops. journal_mode cannot change inside a transaction, so it is set here.
            command.CommandText = string.Create(CultureInfo.InvariantCulture,
                $"PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA page_size = {PageSize}; PRAGMA journal_mode = WAL; " +
                $"PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = {AutoCheckpointPages}; " +
                $"PRAGMA journal_size_limit = {WalSizeLimitBytes};");
            command.ExecuteNonQuery();
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return connection;
    }

    private static void Close(SqliteConnection connection) => SqliteReaderPool.Close(connection);
}
