namespace Mlops.Storage.Relational;

/// <summary>A database the shared stores run on: reads on a pooled connection, writes in one transaction each.</summary>
public interface IRelationalDatabase
{
    Task<T> ReadAsync<T>(Func<SqlSession, Task<T>> work, CancellationToken ct);

    /// <summary>Runs <paramref name="work"/> in one transaction, all of it or none; the backend retries transient conflicts.</summary>
    Task<T> WriteAsync<T>(Func<SqlSession, Task<T>> work, CancellationToken ct);
}
