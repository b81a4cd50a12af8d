using Mlops.Monitoring.Profiles;

namespace Mlops.Lifecycle.Profiling;

/// <summary>The half of a reference profile that needs no model: every input's profile over the training rows.</summary>
public sealed record TrainingInputProfiles(long Rows, IReadOnlyList<FeatureProfile> Features);
