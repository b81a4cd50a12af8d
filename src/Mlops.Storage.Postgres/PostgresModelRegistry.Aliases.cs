using System.Text.RegularExpressions;
using Mlops.Core.Errors;
using Mlops.Core.Registry;
using Mlops.Storage.Postgres.Schema;

namespace Mlops.Storage.Postgres;

public sealed partial class PostgresModelRegistry
{
    public Task SetAliasAsync(string name, string alias, int version, CancellationToken ct = default)
    {
        ValidateAlias(alias);
        return database.WriteAsync(async (c, tx) =>
        {
            await ReadVersionAsync(c, tx, name, version, ct);
            await c.ExecuteAsync(
                """
                INSERT INTO registered_model_aliases (name, alias, version) VALUES (@name, @alias, @version)
                ON CONFLICT (name, alias) DO UPDATE SET version = excluded.version;
                """, tx, ct, ("name", name), ("alias", alias), ("version", version));
        }, ct);
    }

    /// <summary>Removing an alias that is not set is not an error, as in MLflow.</summary>
    public Task DeleteAliasAsync(string name, string alias, CancellationToken ct = default) =>
        database.WriteAsync(async (c, tx) =>
        {
            await RequireModelAsync(c, tx, name, ct);
            await c.ExecuteAsync("DELETE FROM registered_model_aliases WHERE name = @name AND alias = @alias;", tx, ct,
                ("name", name), ("alias", alias));
        }, ct);

    public Task<ModelVersion> GetModelVersionByAliasAsync(string name, string alias, CancellationToken ct = default) =>
        database.ReadAsync(async c =>
        {
            await RequireModelAsync(c, null, name, ct);
            var version = await c.ScalarAsync("SELECT version FROM registered_model_aliases WHERE name = @name AND alias = @alias;",
                null, ct, ("name", name), ("alias", alias))
                ?? throw MlopsException.NotFound($"Registered model alias {alias} not found.");
            return await ReadVersionAsync(c, null, name, Convert.ToInt32(version), ct);
        }, ct);

    // MLflow reserves "latest" and version-like names (v1, V2) because model URIs would be ambiguous.
    private static void ValidateAlias(string alias)
    {
        if (string.IsNullOrWhiteSpace(alias) || alias.Equals("latest", StringComparison.OrdinalIgnoreCase)
            || Regex.IsMatch(alias, "^[vV][0-9]+$") || !Regex.IsMatch(alias, "^[A-Za-z0-9_-]+$"))
        {
            throw MlopsException.Invalid(
                $"Invalid alias '{alias}': use letters, digits, '_' or '-'; 'latest' and version-like names such as 'v1' are reserved.");
        }
    }
}
