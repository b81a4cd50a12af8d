namespace Mlops.Core.Registry;

/// <summary>Who moves an alias and why, kept in the audit trail with the move.</summary>
public sealed record AliasChangeNote(string Actor, string Reason)
{
    /// <summary>What a move made through the plain alias calls (MLflow's API) is recorded with.</summary>
    public static AliasChangeNote Unattributed { get; } = new("unknown", "");
}
