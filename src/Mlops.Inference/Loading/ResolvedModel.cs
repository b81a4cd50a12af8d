namespace Mlops.Inference.Loading;

/// <summary>Which model a URI names right now: registry name/version (absent for runs:/ URIs), run, and where its files are.</summary>
public sealed record ResolvedModel(
    string Uri,
    string? Name,
    int? Version,
    string? Alias,
    string? Stage,
    string? RunId,
    string ArtifactRoot,
    string ArtifactPath);
