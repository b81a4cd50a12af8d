namespace Mlops.Mlflow.Wire.Runs;

/// <summary>Body of runs/log-parameter and runs/set-tag, which MLflow defines with the same fields.</summary>
public sealed record RunKeyValueRequest(string? RunId, string? RunUuid, string? Key, string? Value);
