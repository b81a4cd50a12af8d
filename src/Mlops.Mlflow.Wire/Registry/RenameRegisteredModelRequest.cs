namespace Mlops.Mlflow.Wire.Registry;

/// <summary>Body of registered-models/rename.</summary>
public sealed record RenameRegisteredModelRequest(string? Name, string? NewName);
