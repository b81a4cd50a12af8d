namespace Mlops.Mlflow.Wire.Registry;

/// <summary>Body of model-versions/transition-stage.</summary>
public sealed record TransitionStageRequest(string? Name, string? Version, string? Stage, bool? ArchiveExistingVersions);
