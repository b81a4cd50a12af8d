using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Mlops.Storage.Sqlite.Schema;

namespace Mlops.Storage.Sqlite;

/// <summary>
/// Open read connections kept between operations, so each keeps its pragmas and prepared commands. A connection that
/// failed with a SQLite error is closed rather than reused: a fresh one is cheaper than doubt.
/// </summary>
internal sealed class SqliteReaderPool(Func<SqliteConnection> connect, int maxIdle) : IDisposable
{
    private readonly ConcurrentBag<SqliteConnection> idle = [];
    private volatile bool disposed;

    public async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(disposed, this);
        var connection = idle.TryTake(out var open) ? open : connect();
        var reusable = true;
        try
        {
            return await work(connection);
        }
        catch (SqliteException)
        {
            reusable = false;
            throw;
        }
        finally
        {
            if (reusable && !disposed && idle.Count < maxIdle)
            {
                idle.Add(connection);
            }
            else
            {
                Close(connection);
            }
        }
    }

    /// <summary>Closes the idle connections; later reads fail.</summary>
    public void Dispose()
    {
        disposed = true;
        while (idle.TryTake(out var connection))
        {
            Close(connection);
        }
    }

    /// <summary>Closes a connection and forgets its prepared commands.</summary>
    public static void Close(SqliteConnection connection)
    {
        CommandCache.Release(connection);
        connection.Dispose();
    }
}
