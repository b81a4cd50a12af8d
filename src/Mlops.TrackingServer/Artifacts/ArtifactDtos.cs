namespace Mlops.TrackingServer.Artifacts;

internal sealed record WireFileInfo(string Path, bool IsDir, long? FileSize);

internal sealed record ListArtifactsResponse(string? RootUri, List<WireFileInfo>? Files, string? NextPageToken);
