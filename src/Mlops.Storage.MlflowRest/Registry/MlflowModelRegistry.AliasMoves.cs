using Mlops.Core.Errors;
using Mlops.Core.Registry;

namespace Mlops.Storage.MlflowRest.Registry;

// TODO(#14): the mlops server's alias/move and alias/history routes, for an atomic move that keeps the caller's note.
public sealed partial class MlflowModelRegistry
{
    /// <summary>
    /// MLflow's API has no audited compare-and-set: this is <see cref="SetAliasIfAsync"/>'s read-then-set (same race
    /// window), or a delete for a null <paramref name="toVersion"/>. The note does not travel; an `mlops server` over a
    /// SQLite or PostgreSQL store records the move itself, unattributed.
    /// </summary>
    public async Task<bool> MoveAliasAsync(string name, string alias, int? toVersion, int? expectedCurrent, AliasChangeNote note,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(note);
        if (toVersion is { } target)
        {
            return await SetAliasIfAsync(name, alias, target, expectedCurrent, ct);
        }
        var model = await GetRegisteredModelAsync(name, ct);
        int? current = model.Aliases.TryGetValue(alias, out var pointed) ? pointed : null;
        if (current != expectedCurrent)
        {
            return false;
        }
        if (current is not null)
        {
            await DeleteAliasAsync(name, alias, ct);
        }
        return true;
    }

    public Task<IReadOnlyList<AliasMove>> ListAliasMovesAsync(string name, string? alias = null, CancellationToken ct = default) =>
        throw new MlopsException(ErrorCode.InvalidState,
            "The alias history is kept by a SQLite or PostgreSQL store; over the REST API it is not available yet. "
            + "Run `mlops registry history` with --tracking-uri pointing at the server's backend store.");
}
