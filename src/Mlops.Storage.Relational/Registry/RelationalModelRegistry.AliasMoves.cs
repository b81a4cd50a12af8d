using Mlops.Core.Registry;

namespace Mlops.Storage.Relational.Registry;

public abstract partial class RelationalModelRegistry
{
    /// <summary>
    /// The current holder is read with its row locked (PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises writers)
    /// and the change is one guarded statement, so of two moves from the same expected version exactly one wins, and the
    /// audit row commits with it. A move to the version the alias already holds succeeds and records nothing.
    /// </summary>
    public Task<bool> MoveAliasAsync(string name, string alias, int? toVersion, int? expectedCurrent, AliasChangeNote note,
        CancellationToken ct = default)
    {
        ValidateAlias(alias);
        ArgumentNullException.ThrowIfNull(note);
        return database.WriteAsync(async s =>
        {
            if (toVersion is { } target)
            {
                // The version's row stays locked to the commit, so a concurrent delete cannot leave the alias dangling.
                if (await s.ScalarAsync($"SELECT 1 FROM model_versions WHERE name = @name AND version = @version{s.Dialect.LockRowSuffix};",
                        ct, ("@name", name), ("@version", target)) is null)
                {
                    throw VersionNotFound(name, target);
                }
            }
            else
            {
                await RequireModelAsync(s, name, ct);
            }
            var current = await CurrentAliasVersionAsync(s, name, alias, ct);
            if (current != expectedCurrent)
            {
                return false;
            }
            if (current == toVersion)
            {
                return true;
            }
            var changed = (current, toVersion) switch
            {
                (_, null) => await s.ExecuteAsync("DELETE FROM registered_model_aliases WHERE name = @name AND alias = @alias AND version = @expected;",
                    ct, ("@name", name), ("@alias", alias), ("@expected", current)),
                (null, _) => await s.ExecuteAsync(
                    """
                    INSERT INTO registered_model_aliases (name, alias, version) VALUES (@name, @alias, @version)
                    ON CONFLICT (name, alias) DO NOTHING;
                    """, ct, ("@name", name), ("@alias", alias), ("@version", toVersion)),
                _ => await s.ExecuteAsync(
                    "UPDATE registered_model_aliases SET version = @version WHERE name = @name AND alias = @alias AND version = @expected;",
                    ct, ("@version", toVersion), ("@name", name), ("@alias", alias), ("@expected", current)),
            };
            if (changed != 1)
            {
                return false;
            }
            await RecordMoveAsync(s, name, alias, current, toVersion, note, ct);
            return true;
        }, ct);
    }

    public Task<IReadOnlyList<AliasMove>> ListAliasMovesAsync(string name, string? alias = null, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<AliasMove>>(async s =>
        {
            await RequireModelAsync(s, name, ct);
            var byAlias = alias is null ? "" : " AND alias = @alias";
            return await s.QueryAsync(
                $"""
                SELECT name, alias, from_version, to_version, actor, reason, at FROM registered_model_alias_moves
                WHERE name = @name{byAlias} ORDER BY seq;
                """,
                r => new AliasMove(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetInt32(2),
                    r.IsDBNull(3) ? null : r.GetInt32(3), r.GetString(4), r.GetString(5),
                    DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6))),
                ct, ("@name", name), ("@alias", alias ?? ""));
        }, ct);

    private static async Task<int?> CurrentAliasVersionAsync(SqlSession s, string name, string alias, CancellationToken ct) =>
        await s.ScalarAsync($"SELECT version FROM registered_model_aliases WHERE name = @name AND alias = @alias{s.Dialect.LockRowSuffix};",
            ct, ("@name", name), ("@alias", alias)) is { } version ? Convert.ToInt32(version) : null;

    /// <summary>Appends the move to the audit trail in the caller's transaction; a change to the same version is no move.</summary>
    private async Task RecordMoveAsync(SqlSession s, string name, string alias, int? from, int? to, AliasChangeNote note,
        CancellationToken ct)
    {
        if (from == to)
        {
            return;
        }
        await s.ExecuteAsync(
            """
            INSERT INTO registered_model_alias_moves (name, alias, from_version, to_version, actor, reason, at)
            VALUES (@name, @alias, @from, @to, @actor, @reason, @at);
            """, ct, ("@name", name), ("@alias", alias), ("@from", from), ("@to", to), ("@actor", note.Actor),
            ("@reason", note.Reason), ("@at", Now()));
    }
}
