namespace Mlops.Inference.Features;

/// <summary>The JSON form of a fitted <see cref="FeatureTransform"/>; everything serving needs, nothing else.</summary>
public sealed record FeatureTransformDocument
{
    public const string CurrentFormat = "mlops.feature_transform/v2";
    /// <summary>Read too: v1 differs only by a derived_bmi flag, and a v1 "bmi" feature is refused (see FeatureTransform).</summary>
    public const string LegacyFormat = "mlops.feature_transform/v1";

    public string Format { get; init; } = CurrentFormat;
    public required int FeaturesVersion { get; init; }
    public required string FeatureSet { get; init; }
    public required string CategoricalEncoding { get; init; }
    public required string Scaling { get; init; }
    public required string Target { get; init; }
    public required IReadOnlyList<string> Classes { get; init; }
    /// <summary>"regression" for a model that predicts a number (no classes); absent (null) for classification, so older files read the same.</summary>
    public string? Task { get; init; }
    public required int TrainRows { get; init; }
    public required IReadOnlyList<InputColumnDefinition> InputColumns { get; init; }
    public required IReadOnlyList<FeatureDefinition> Features { get; init; }
    /// <summary>The ratios that features of kind ratio compute, by name.</summary>
    public IReadOnlyList<RatioDefinition> Ratios { get; init; } = [];
}
