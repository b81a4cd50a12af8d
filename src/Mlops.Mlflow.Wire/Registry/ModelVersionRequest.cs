namespace Mlops.Mlflow.Wire.Registry;

/// <summary>Body of model-versions/update and model-versions/delete (no description).</summary>
public sealed record ModelVersionRequest(string? Name, string? Version, string? Description);
