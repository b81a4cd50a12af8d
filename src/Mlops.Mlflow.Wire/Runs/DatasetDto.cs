namespace Mlops.Mlflow.Wire.Runs;

/// <summary>MLflow's Dataset message, as logged by runs/log-inputs.</summary>
public sealed record DatasetDto(string? Name, string? Digest, string? SourceType, string? Source, string? Schema, string? Profile);
