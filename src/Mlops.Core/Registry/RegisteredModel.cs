namespace Mlops.Core.Registry;

/// <summary>A named model with its aliases (alias → version) and latest version per stage.</summary>
public sealed record RegisteredModel(
    string Name,
    long CreationTimestamp,
    long LastUpdatedTimestamp,
    string? Description,
    IReadOnlyDictionary<string, string> Tags,
    IReadOnlyDictionary<string, int> Aliases,
    IReadOnlyList<ModelVersion> LatestVersions);
