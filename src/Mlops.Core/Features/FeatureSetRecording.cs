namespace Mlops.Core.Features;

/// <summary>The version a draft was recorded as; <see cref="Created"/> is false when an identical version already existed.</summary>
public sealed record FeatureSetRecording(FeatureSetVersion Version, bool Created);
