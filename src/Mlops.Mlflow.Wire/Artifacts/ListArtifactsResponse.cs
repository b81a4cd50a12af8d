namespace Mlops.Mlflow.Wire.Artifacts;

/// <summary>Answer of artifacts/list and of the mlflow-artifacts proxy's listing (which has no root_uri).</summary>
public sealed record ListArtifactsResponse(string? RootUri, List<FileInfoDto>? Files, string? NextPageToken);
