using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Mlops.Storage.Sqlite.Schema;

namespace Mlops.Storage.Sqlite;

/// <summary>
/// Group commit: writes from this process queue up and one writer connection runs them, as many as are waiting, in
/// one <c>BEGIN IMMEDIATE</c> transaction with a savepoint each. A failing write rolls back to its savepoint and
/// fails alone; the others commit together, and each caller resumes only after its write is committed. Under load
/// this turns thousands of tiny transactions (each a WAL append and a lock round) into a few large ones; alone, a
/// write is still one transaction.
/// </summary>
public sealed partial class SqliteDatabase
{
    private const int MaxWritesPerCommit = 256;
    private const int FirstAnalyzeAfterWrites = 1000;

    private readonly Channel<IWrite> writes = Channel.CreateUnbounded<IWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock writerStart = new();
    private Task? writer;

    private interface IWrite
    {
        CancellationToken Token { get; }

        Task RunAsync(SqliteConnection connection, SqliteTransaction transaction);

        void Commit();

        void Fail(Exception error);
    }

    /// <summary>Runs <paramref name="work"/> in a write transaction: all of it is written or none.</summary>
    internal Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        ct.ThrowIfCancellationRequested();
        var write = new Write<T>(work, ct);
        EnsureWriter();
        if (!writes.Writer.TryWrite(write))
        {
            throw new ObjectDisposedException(nameof(SqliteDatabase));
        }
        return write.Task;
    }

    internal Task WriteAsync(Func<SqliteConnection, SqliteTransaction, Task> work, CancellationToken ct) =>
        WriteAsync<bool>(async (c, t) =>
        {
            await work(c, t);
            return true;
        }, ct);

    private void EnsureWriter()
    {
        if (writer is not null)
        {
            return;
        }
        lock (writerStart)
        {
            writer ??= Task.Run(WriteLoopAsync);
        }
    }

    private async Task WriteLoopAsync()
    {
        SqliteConnection? connection = null;
        var batch = new List<IWrite>(MaxWritesPerCommit);
        long written = 0;
        long analyzeAt = FirstAnalyzeAfterWrites;
        try
        {
            while (await writes.Reader.WaitToReadAsync())
            {
                while (batch.Count < MaxWritesPerCommit && writes.Reader.TryRead(out var write))
                {
                    if (write.Token.IsCancellationRequested)
                    {
                        write.Fail(new OperationCanceledException(write.Token));
                    }
                    else
                    {
                        batch.Add(write);
                    }
                }
                if (batch.Count == 0)
                {
                    continue;
                }
                try
                {
                    connection ??= Connect();
                    await CommitAsync(connection, batch);
                    written += batch.Count;
                    if (written >= analyzeAt)
                    {
                        // Search plans depend on table statistics (drive from a selective metric filter, or scan the
                        // experiment); refresh them as the file grows: at 1k, 2k, 4k... writes, each bounded in cost.
                        analyzeAt *= 2;
                        SqliteSchema.Analyze(connection);
                    }
                }
                catch (Exception e)
                {
                    // The transaction as a whole failed (busy past the timeout, disk full): every write in it failed.
                    batch.ForEach(w => w.Fail(e));
                    if (connection is not null)
                    {
                        Close(connection);
                        connection = null;
                    }
                }
                batch.Clear();
            }
        }
        finally
        {
            if (connection is not null)
            {
                Close(connection);
            }
        }
    }

    private static async Task CommitAsync(SqliteConnection connection, List<IWrite> batch)
    {
        var committed = new List<IWrite>(batch.Count);
        // deferred: false makes Microsoft.Data.Sqlite issue BEGIN IMMEDIATE, taking the write lock up front, so a
        // read-then-write transaction never fails with SQLITE_BUSY_SNAPSHOT under writers in other processes.
        using (var transaction = connection.BeginTransaction(deferred: false))
        {
            var alone = batch.Count == 1;
            foreach (var write in batch)
            {
                if (alone)
                {
                    try
                    {
                        await write.RunAsync(connection, transaction);
                        committed.Add(write);
                    }
                    catch (Exception e)
                    {
                        transaction.Rollback();
                        write.Fail(e);
                        return;
                    }
                    continue;
                }
                // Cached commands rather than transaction.Save/Release, which compile a new statement every time.
                await connection.ExecuteAsync("SAVEPOINT w;", transaction, default);
                try
                {
                    await write.RunAsync(connection, transaction);
                    await connection.ExecuteAsync("RELEASE w;", transaction, default);
                    committed.Add(write);
                }
                catch (Exception e)
                {
                    await connection.ExecuteAsync("ROLLBACK TO w;", transaction, default);
                    await connection.ExecuteAsync("RELEASE w;", transaction, default);
                    write.Fail(e);
                }
            }
            transaction.Commit();
        }
        committed.ForEach(w => w.Commit());
    }

    private sealed class Write<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken token) : IWrite
    {
        // Callers continue on the thread pool, never inline on the writer loop.
        private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T result = default!;

        public Task<T> Task => completion.Task;

        public CancellationToken Token => token;

        public async Task RunAsync(SqliteConnection connection, SqliteTransaction transaction) =>
            result = await work(connection, transaction);

        public void Commit() => completion.TrySetResult(result);

        public void Fail(Exception error)
        {
            if (error is OperationCanceledException && token.IsCancellationRequested)
            {
                completion.TrySetCanceled(token);
            }
            else
            {
                completion.TrySetException(error);
            }
        }
    }
}
