namespace Mlops.Mlflow.Wire.Registry;

/// <summary>Body of registered-models/set-tag and delete-tag (no value).</summary>
public sealed record RegisteredModelTagRequest(string? Name, string? Key, string? Value);
