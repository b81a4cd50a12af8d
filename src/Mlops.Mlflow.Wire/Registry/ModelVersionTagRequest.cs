namespace Mlops.Mlflow.Wire.Registry;

/// <summary>Body of model-versions/set-tag and delete-tag (no value).</summary>
public sealed record ModelVersionTagRequest(string? Name, string? Version, string? Key, string? Value);
