namespace Mlops.Mlflow.Wire.Registry;

/// <summary>Answer of model-versions/search and registered-models/get-latest-versions.</summary>
public sealed record ModelVersionsResponse(List<ModelVersionDto>? ModelVersions, string? NextPageToken);
