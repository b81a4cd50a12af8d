namespace Mlops.Storage.MlflowRest.Wire;

// Listing answers of /api/2.0/mlflow-artifacts/artifacts and /api/2.0/mlflow/artifacts/list.

internal sealed record FileInfoDto(string Path, bool? IsDir, long? FileSize);

internal sealed record ListArtifactsResponse(string? RootUri, List<FileInfoDto>? Files, string? NextPageToken);
