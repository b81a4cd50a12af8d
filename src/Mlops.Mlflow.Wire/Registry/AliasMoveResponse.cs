namespace Mlops.Mlflow.Wire.Registry;

/// <summary>Answer of alias/move: whether the alias moved (false: it no longer pointed at the expected version).</summary>
public sealed record AliasMoveResponse(bool Moved);
