using System.Data.Common;
using Npgsql;

namespace Mlops.Storage.Postgres.Schema;

/// <summary>PostgreSQL's side of the shared SQL: a fresh command per statement (Npgsql prepares and pools behind it).</summary>
internal sealed class PostgresDialect : SqlDialect
{
    public static readonly PostgresDialect Instance = new();

    private PostgresDialect()
    {
    }

    public override string LockRowSuffix => " FOR UPDATE";

    public override DbCommand Command(DbConnection connection, string sql, DbTransaction? transaction,
        (string Name, object? Value)[] parameters) =>
        ((NpgsqlConnection)connection).Command(sql, (NpgsqlTransaction?)transaction, parameters);

    public override ValueTask ReleaseAsync(DbCommand command) => command.DisposeAsync();
}
