namespace Mlops.Core.Registry;

/// <summary>
/// One change of a registered model's alias, as the audit trail keeps it: from which version to which (null: the alias
/// was not set / was deleted), who made it, when and why.
/// </summary>
public sealed record AliasMove(
    string ModelName,
    string Alias,
    int? FromVersion,
    int? ToVersion,
    string Actor,
    string Reason,
    DateTimeOffset At);
