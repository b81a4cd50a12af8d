using Mlops.Storage.Relational;
using Mlops.Storage.Sqlite.Predictions;

namespace Mlops.Storage.Sqlite.AbTesting;

/// <summary>The prediction log's file as a shared-SQL database, opened on first use like the log itself.</summary>
internal sealed class PredictionLogDatabase(SqlitePredictionLog log) : IRelationalDatabase
{
    public async Task<T> ReadAsync<T>(Func<SqlSession, Task<T>> work, CancellationToken ct) =>
        await ((IRelationalDatabase)await log.OpenAsync(ct)).ReadAsync(work, ct);

    public async Task<T> WriteAsync<T>(Func<SqlSession, Task<T>> work, CancellationToken ct) =>
        await ((IRelationalDatabase)await log.OpenAsync(ct)).WriteAsync(work, ct);
}
