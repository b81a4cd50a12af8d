namespace Mlops.Core.Features;

/// <summary>One recorded version of a named feature set (numbered 1, 2, ... per name), with the model versions trained on it.</summary>
public sealed record FeatureSetVersion(string Name, int Version, IReadOnlyList<FeatureColumn> Columns, string TransformHash,
    string SourceDataHash, long TrainRows, long TestRows, DateTimeOffset CreatedAt, string? RunId, IReadOnlyList<FeatureSetModelLink> Models)
{
    /// <summary>"name:version", the form of the <c>mlops.feature_set</c> model-version tag and of the CLI's arguments.</summary>
    public FeatureSetReference Reference => new(Name, Version);
}
