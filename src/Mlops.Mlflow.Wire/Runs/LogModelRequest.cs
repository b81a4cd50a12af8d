namespace Mlops.Mlflow.Wire.Runs;

/// <summary>Body of runs/log-model: the MLmodel description as a JSON string.</summary>
public sealed record LogModelRequest(string? RunId, string? ModelJson);
