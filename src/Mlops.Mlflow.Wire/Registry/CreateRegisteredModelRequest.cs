namespace Mlops.Mlflow.Wire.Registry;

/// <summary>Body of registered-models/create.</summary>
public sealed record CreateRegisteredModelRequest(string? Name, List<KeyValueDto>? Tags, string? Description);
