using System.Data.Common;

namespace Mlops.Storage.Relational;

/// <summary>
/// What one backend does differently from the shared SQL: how a command is obtained (SQLite reuses prepared commands per
/// connection, PostgreSQL creates one per statement) and the few SQL fragments that differ. Shared statements name
/// parameters <c>@name</c>, which both Microsoft.Data.Sqlite and Npgsql accept.
/// </summary>
public abstract class SqlDialect
{
    /// <summary>Appended to a <c>SELECT</c> whose row must stay locked until commit; empty where a write lock is already held.</summary>
    public abstract string LockRowSuffix { get; }

    /// <summary>A command for <paramref name="sql"/> on <paramref name="connection"/>, bound to the transaction and values.</summary>
    public abstract DbCommand Command(DbConnection connection, string sql, DbTransaction? transaction,
        (string Name, object? Value)[] parameters);

    /// <summary>Gives back a command from <see cref="Command"/> once its results have been read.</summary>
    public abstract ValueTask ReleaseAsync(DbCommand command);
}
