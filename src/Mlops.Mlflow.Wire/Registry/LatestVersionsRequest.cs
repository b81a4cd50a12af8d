namespace Mlops.Mlflow.Wire.Registry;

/// <summary>Body of registered-models/get-latest-versions.</summary>
public sealed record LatestVersionsRequest(string? Name, List<string>? Stages);
