using System.Data.Common;

namespace Mlops.Storage.Relational;

/// <summary>One open connection, its transaction (none for reads) and the backend's dialect: every statement is parameterised.</summary>
public readonly record struct SqlSession(DbConnection Connection, DbTransaction? Transaction, SqlDialect Dialect)
{
    public async Task<int> ExecuteAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var command = Dialect.Command(Connection, sql, Transaction, parameters);
        try
        {
            return await command.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            await Dialect.ReleaseAsync(command);
        }
    }

    public async Task<object?> ScalarAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var command = Dialect.Command(Connection, sql, Transaction, parameters);
        try
        {
            var value = await command.ExecuteScalarAsync(ct);
            return value is DBNull ? null : value;
        }
        finally
        {
            await Dialect.ReleaseAsync(command);
        }
    }

    public async Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken ct,
        params (string Name, object? Value)[] parameters)
    {
        var command = Dialect.Command(Connection, sql, Transaction, parameters);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await reader.ReadAllAsync(map, ct);
        }
        finally
        {
            await Dialect.ReleaseAsync(command);
        }
    }
}
