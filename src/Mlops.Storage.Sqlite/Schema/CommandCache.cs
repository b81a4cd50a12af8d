using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Mlops.Storage.Sqlite.Schema;

/// <summary>
/// Prepared commands kept per open connection, keyed by SQL text: Microsoft.Data.Sqlite keeps a command's compiled
/// statements between executions, so reusing the command skips SQLite's parse and plan on every hot-path call.
/// Only the connection's current user touches its cache, so it needs no locking.
/// </summary>
internal sealed class CommandCache : IDisposable
{
    // Search and IN-list texts vary; past this many distinct texts the cache starts over rather than grow.
    private const int MaxCommands = 128;

    private static readonly ConditionalWeakTable<SqliteConnection, CommandCache> Caches = new();

    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, sqlite3_stmt> statements = new(StringComparer.Ordinal);
    private readonly SqliteConnection connection;

    private CommandCache(SqliteConnection connection) => this.connection = connection;

    public static CommandCache For(SqliteConnection connection) =>
        Caches.GetValue(connection, c => new CommandCache(c));

    public static void Release(SqliteConnection connection)
    {
        if (Caches.TryGetValue(connection, out var cache))
        {
            cache.Dispose();
            Caches.Remove(connection);
        }
    }

    /// <summary>The cached command for <paramref name="sql"/>, bound to <paramref name="transaction"/> with fresh parameter values.</summary>
    public SqliteCommand Get(string sql, SqliteTransaction? transaction, (string Name, object? Value)[] parameters)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            if (commands.Count >= MaxCommands)
            {
                foreach (var old in commands.Values)
                {
                    old.Dispose();
                }
                commands.Clear();
            }
            command = connection.CreateCommand();
            command.CommandText = sql;
            commands[sql] = command;
        }
        command.Transaction = transaction;
        var bound = command.Parameters;
        if (bound.Count == parameters.Length && SameNames(bound, parameters))
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                bound[i].Value = parameters[i].Value ?? DBNull.Value;
            }
        }
        else
        {
            bound.Clear();
            foreach (var (name, value) in parameters)
            {
                bound.AddWithValue(name, value ?? DBNull.Value);
            }
        }
        return command;
    }

    /// <summary>A statement prepared on SQLite's own API for positional binding; the caller resets it after each step.</summary>
    public sqlite3_stmt Raw(string sql)
    {
        if (statements.TryGetValue(sql, out var statement))
        {
            return statement;
        }
        var rc = raw.sqlite3_prepare_v2(connection.Handle, sql, out statement);
        if (rc != raw.SQLITE_OK)
        {
            statement.Dispose();
            SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        }
        statements[sql] = statement;
        return statement;
    }

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }
        commands.Clear();
        foreach (var statement in statements.Values)
        {
            statement.Dispose();
        }
        statements.Clear();
    }

    private static bool SameNames(SqliteParameterCollection bound, (string Name, object? Value)[] parameters)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            if (!string.Equals(bound[i].ParameterName, parameters[i].Name, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }
}
