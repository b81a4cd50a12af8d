namespace Mlops.Mlflow.Wire.Registry;

/// <summary>Body of registered-models/alias (set, with a version; delete, without).</summary>
public sealed record AliasRequest(string? Name, string? Alias, string? Version);
