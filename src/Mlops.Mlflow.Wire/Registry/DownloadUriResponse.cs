namespace Mlops.Mlflow.Wire.Registry;

/// <summary>Answer of model-versions/get-download-uri.</summary>
public sealed record DownloadUriResponse(string ArtifactUri);
