namespace Mlops.Mlflow.Wire.Registry;

/// <summary>Body of registered-models/delete.</summary>
public sealed record NameRequest(string? Name);
