using Mlops.Core.Errors;
using Mlops.Core.Registry;

namespace Mlops.Storage.Relational.Registry;

// CONTRACT PLACEHOLDER (session 7): the alias audit trail is being built on branch h-ctstore; until it lands these refuse.
public abstract partial class RelationalModelRegistry
{
    public Task<bool> MoveAliasAsync(string name, string alias, int? toVersion, int? expectedCurrent, AliasChangeNote note,
        CancellationToken ct = default) =>
        throw new MlopsException(ErrorCode.InvalidState, "alias moves with an audit entry are not available in this build");

    public Task<IReadOnlyList<AliasMove>> ListAliasMovesAsync(string name, string? alias = null, CancellationToken ct = default) =>
        throw new MlopsException(ErrorCode.InvalidState, "the alias history is not available in this build");
}
