namespace Mlops.Core.Features;

/// <summary>A registered model version trained on a feature set version.</summary>
public sealed record FeatureSetModelLink(string ModelName, int ModelVersion);
