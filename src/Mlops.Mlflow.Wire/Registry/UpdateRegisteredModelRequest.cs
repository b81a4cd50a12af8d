namespace Mlops.Mlflow.Wire.Registry;

/// <summary>Body of registered-models/update.</summary>
public sealed record UpdateRegisteredModelRequest(string? Name, string? Description);
