using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Mlops.Storage.Sqlite.Schema;

/// <summary>SQLite's side of the shared SQL: commands come from the connection's prepared-command cache and are kept there.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static readonly SqliteDialect Instance = new();

    private SqliteDialect()
    {
    }

    // Every write transaction is BEGIN IMMEDIATE, so the write lock is already held and SQLite has no FOR UPDATE.
    public override string LockRowSuffix => "";

    public override DbCommand Command(DbConnection connection, string sql, DbTransaction? transaction,
        (string Name, object? Value)[] parameters) =>
        CommandCache.For((SqliteConnection)connection).Get(sql, (SqliteTransaction?)transaction, parameters);

    public override ValueTask ReleaseAsync(DbCommand command) => ValueTask.CompletedTask;
}
