namespace Mlops.Core.Features;

/// <summary>What the features stage materialized, to be recorded as a version of the feature set <see cref="Name"/>.</summary>
/// <param name="TransformHash">Content hash of the fitted transform (feature_transform.json).</param>
/// <param name="SourceDataHash">Content hash of the table the features were computed from (clean.csv).</param>
public sealed record FeatureSetDraft(string Name, IReadOnlyList<FeatureColumn> Columns, string TransformHash, string SourceDataHash,
    long TrainRows, long TestRows, string? RunId);
