using Mlops.Core.Registry;

namespace Mlops.Web.Registry;

/// <summary>The one place the UI moves an alias, so the switch to the audited move is one line.</summary>
internal static class AliasWrites
{
    /// <summary>
    /// Points <paramref name="alias"/> at <paramref name="toVersion"/> (null deletes it). <paramref name="note"/> names
    /// the actor and reason for the audit trail.
    /// </summary>
    // TODO #14: IModelRegistry.MoveAliasAsync(name, alias, toVersion, expectedCurrent, note) once the stores record
    // moves (branch h-ctstore); until then the placeholder refuses, so the plain calls are used and the note is unused.
    public static Task MoveAsync(IModelRegistry registry, string name, string alias, int? toVersion, AliasChangeNote note, CancellationToken ct)
    {
        _ = note;
        return toVersion is { } version
            ? registry.SetAliasAsync(name, alias, version, ct)
            : registry.DeleteAliasAsync(name, alias, ct);
    }
}
