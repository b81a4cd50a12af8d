namespace Mlops.Mlflow.Wire.Registry;

/// <summary>Answer of alias/history (GET, query name and optional alias): the moves, oldest first.</summary>
public sealed record AliasHistoryResponse(List<AliasMoveDto>? Moves);
