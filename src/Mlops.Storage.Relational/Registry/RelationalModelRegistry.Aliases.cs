using System.Text.RegularExpressions;
using Mlops.Core.Errors;
using Mlops.Core.Registry;

namespace Mlops.Storage.Relational.Registry;

public abstract partial class RelationalModelRegistry
{
    public Task SetAliasAsync(string name, string alias, int version, CancellationToken ct = default)
    {
        ValidateAlias(alias);
        return database.WriteAsync(async s =>
        {
            await ReadVersionAsync(s, name, version, ct);
            var current = await CurrentAliasVersionAsync(s, name, alias, ct);
            await s.ExecuteAsync(
                """
                INSERT INTO registered_model_aliases (name, alias, version) VALUES (@name, @alias, @version)
                ON CONFLICT (name, alias) DO UPDATE SET version = excluded.version;
                """, ct, ("@name", name), ("@alias", alias), ("@version", version));
            await RecordMoveAsync(s, name, alias, current, version, AliasChangeNote.Unattributed, ct);
        }, ct);
    }

    /// <summary>A <see cref="MoveAliasAsync"/> recorded as <see cref="AliasChangeNote.Unattributed"/>.</summary>
    public Task<bool> SetAliasIfAsync(string name, string alias, int version, int? expectedCurrent, CancellationToken ct = default) =>
        MoveAliasAsync(name, alias, version, expectedCurrent, AliasChangeNote.Unattributed, ct);

    /// <summary>Removing an alias that is not set is not an error, as in MLflow.</summary>
    public Task DeleteAliasAsync(string name, string alias, CancellationToken ct = default) =>
        database.WriteAsync(async s =>
        {
            await RequireModelAsync(s, name, ct);
            var current = await CurrentAliasVersionAsync(s, name, alias, ct);
            await s.ExecuteAsync("DELETE FROM registered_model_aliases WHERE name = @name AND alias = @alias;", ct,
                ("@name", name), ("@alias", alias));
            await RecordMoveAsync(s, name, alias, current, null, AliasChangeNote.Unattributed, ct);
        }, ct);

    public Task<ModelVersion> GetModelVersionByAliasAsync(string name, string alias, CancellationToken ct = default) =>
        database.ReadAsync(async s =>
        {
            await RequireModelAsync(s, name, ct);
            var version = await s.ScalarAsync("SELECT version FROM registered_model_aliases WHERE name = @name AND alias = @alias;",
                ct, ("@name", name), ("@alias", alias))
                ?? throw MlopsException.NotFound($"Registered model alias {alias} not found.");
            return await ReadVersionAsync(s, name, Convert.ToInt32(version), ct);
        }, ct);

    // MLflow reserves "latest" and version-like names (v1, V2) because model URIs would be ambiguous.
    private static void ValidateAlias(string alias)
    {
        if (string.IsNullOrWhiteSpace(alias) || alias.Equals("@latest", StringComparison.OrdinalIgnoreCase)
            || Regex.IsMatch(alias, "^[vV][0-9]+$") || !Regex.IsMatch(alias, "^[A-Za-z0-9_-]+$"))
        {
            throw MlopsException.Invalid(
                $"Invalid alias '{alias}': use letters, digits, '_' or '-'; 'latest' and version-like names such as 'v1' are reserved.");
        }
    }
}
