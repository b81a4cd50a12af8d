namespace Mlops.Core.Registry;

/// <summary>One registered version: where its files are (<paramref name="Source"/>), which run made it, its stage, tags and aliases.</summary>
public sealed record ModelVersion(
    string Name,
    int Version,
    long CreationTimestamp,
    long LastUpdatedTimestamp,
    ModelStage Stage,
    string? Description,
    string Source,
    string? RunId,
    string Status,
    IReadOnlyDictionary<string, string> Tags,
    IReadOnlyList<string> Aliases);
