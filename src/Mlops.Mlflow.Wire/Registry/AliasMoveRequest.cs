namespace Mlops.Mlflow.Wire.Registry;

/// <summary>
/// Body of mlops registered-models/alias/move: compare-and-set of <see cref="Alias"/> to <see cref="ToVersion"/> (absent
/// deletes it) if it still points at <see cref="ExpectedCurrent"/> (absent: if it is not set), recorded with who and why.
/// </summary>
public sealed record AliasMoveRequest(string? Name, string? Alias, int? ToVersion, int? ExpectedCurrent, string? Actor, string? Reason);
