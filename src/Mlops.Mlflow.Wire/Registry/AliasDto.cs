namespace Mlops.Mlflow.Wire.Registry;

/// <summary>MLflow's RegisteredModelAlias message.</summary>
public sealed record AliasDto(string Alias, string Version);
