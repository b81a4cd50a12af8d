namespace Mlops.Core.Features;

/// <summary>One column of a feature set version: its name, how the transform makes it (numeric, onehot, ordinal,
/// ratio) and its statistics.</summary>
public sealed record FeatureColumn(string Name, string Kind, FeatureColumnStats Stats);
