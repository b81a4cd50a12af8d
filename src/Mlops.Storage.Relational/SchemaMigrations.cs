using System.Data.Common;
using System.Globalization;

namespace Mlops.Storage.Relational;

/// <summary>
/// Numbered migrations, each applied once and recorded in <c>schema_version</c>. The backend opens the transaction
/// they run in, and with it the lock that makes processes opening a fresh database at the same time take turns.
/// </summary>
public static class SchemaMigrations
{
    /// <summary>Runs (and records) the migrations newer than the recorded version, in order, in <paramref name="transaction"/>.</summary>
    /// <param name="timeColumnType">The SQL type of <c>applied_at</c> (Unix milliseconds), as the first version created it.</param>
    public static void ApplyPending(DbConnection connection, DbTransaction transaction, IReadOnlyList<(int Version, string Sql)> migrations,
        string timeColumnType, TimeProvider time)
    {
        Execute(connection, transaction,
            $"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at {timeColumnType} NOT NULL);");
        var current = CurrentVersion(connection, transaction);
        foreach (var (version, sql) in migrations.Where(m => m.Version > current))
        {
            Execute(connection, transaction, sql);
            Execute(connection, transaction, "INSERT INTO schema_version (version, applied_at) VALUES (@version, @at);",
                ("@version", version), ("@at", time.GetUtcNow().ToUnixTimeMilliseconds()));
        }
    }

    /// <summary>The highest applied version, 0 for a database without one.</summary>
    public static int CurrentVersion(DbConnection connection, DbTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Runs one statement (or several separated by semicolons) with named values.</summary>
    public static void Execute(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        command.ExecuteNonQuery();
    }
}
