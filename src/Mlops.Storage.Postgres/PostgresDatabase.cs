using Mlops.Storage.Postgres.Schema;
using Npgsql;

namespace Mlops.Storage.Postgres;

/// <summary>
/// One PostgreSQL database shared by the tracking store and the registry, reached through a pooled
/// <see cref="NpgsqlDataSource"/> (thread-safe). Writes run in READ COMMITTED transactions; the few that read then write
/// lock the row they depend on (<c>FOR UPDATE</c>), and a deadlock or serialization failure is retried from the start.
/// </summary>
public sealed class PostgresDatabase : IRelationalDatabase, IAsyncDisposable, IDisposable
{
    private const int MaxAttempts = 5;

    private PostgresDatabase(NpgsqlDataSource dataSource) => DataSource = dataSource;

    /// <summary>The pooled data source; disposing the database disposes it.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>The schema version this code creates; <see cref="GetSchemaVersion"/> reports what a database has.</summary>
    public static int LatestSchemaVersion => PostgresSchema.LatestVersion;

    /// <summary>Connects with a <c>postgresql://</c> URI or an Npgsql connection string and migrates the schema.</summary>
    public static PostgresDatabase Open(string connectionStringOrUri, TimeProvider? time = null)
    {
        var dataSource = NpgsqlDataSource.Create(PostgresConnectionString.Parse(connectionStringOrUri));
        try
        {
            PostgresSchema.Migrate(dataSource, time ?? TimeProvider.System);
        }
        catch
        {
            dataSource.Dispose();
            throw;
        }
        return new PostgresDatabase(dataSource);
    }

    /// <summary>The schema version recorded in the <c>schema_version</c> table.</summary>
    public int GetSchemaVersion()
    {
        using var connection = DataSource.OpenConnection();
        return PostgresSchema.CurrentVersion(connection);
    }

    public void Dispose() => DataSource.Dispose();

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();

    internal async Task<T> ReadAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken ct)
    {
        await using var connection = await DataSource.OpenConnectionAsync(ct);
        return await work(connection);
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: all of it is written or none.</summary>
    internal async Task<T> WriteAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var connection = await DataSource.OpenConnectionAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            try
            {
                var result = await work(connection, transaction);
                await transaction.CommitAsync(ct);
                return result;
            }
            catch (PostgresException e) when (attempt < MaxAttempts && e.SqlState is PostgresErrorCodes.DeadlockDetected
                or PostgresErrorCodes.SerializationFailure)
            {
                // The whole transaction was rolled back, so running the work again cannot write anything twice.
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), ct);
            }
        }
    }

    Task<T> IRelationalDatabase.ReadAsync<T>(Func<SqlSession, Task<T>> work, CancellationToken ct) =>
        ReadAsync(c => work(new SqlSession(c, null, PostgresDialect.Instance)), ct);

    Task<T> IRelationalDatabase.WriteAsync<T>(Func<SqlSession, Task<T>> work, CancellationToken ct) =>
        WriteAsync((c, tx) => work(new SqlSession(c, tx, PostgresDialect.Instance)), ct);

    internal Task WriteAsync(Func<NpgsqlConnection, NpgsqlTransaction, Task> work, CancellationToken ct) =>
        WriteAsync<bool>(async (c, t) =>
        {
            await work(c, t);
            return true;
        }, ct);
}
