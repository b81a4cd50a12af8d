using Microsoft.Data.Sqlite;

namespace Mlops.Storage.Sqlite.Schema;

/// <summary>
/// Small helpers so every statement is a parameterised command bound to the current transaction. Execute, Scalar
/// and Query reuse the connection's prepared command for the same text (see <see cref="CommandCache"/>).
/// </summary>
internal static class SqlCommands
{
    public static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? transaction,
        params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }

    public static async Task<int> ExecuteAsync(this SqliteConnection connection, string sql, SqliteTransaction? transaction,
        CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var command = CommandCache.For(connection).Get(sql, transaction, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task<object?> ScalarAsync(this SqliteConnection connection, string sql, SqliteTransaction? transaction,
        CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var command = CommandCache.For(connection).Get(sql, transaction, parameters);
        var value = await command.ExecuteScalarAsync(ct);
        return value is DBNull ? null : value;
    }

    public static async Task<List<T>> QueryAsync<T>(this SqliteConnection connection, string sql, SqliteTransaction? transaction,
        Func<SqliteDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var command = CommandCache.For(connection).Get(sql, transaction, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAllAsync(map, ct);
    }

    public static string? GetNullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? GetNullableInt64(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
}
