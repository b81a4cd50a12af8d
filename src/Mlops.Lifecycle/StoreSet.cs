using Mlops.Core.Artifacts;
using Mlops.Core.Features;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;

namespace Mlops.Lifecycle;

/// <summary>The three stores a lifecycle run writes to, whatever the backend, and its feature sets when the backend keeps them.</summary>
public sealed record StoreSet(ITrackingStore Tracking, IModelRegistry Registry, IArtifactStore Artifacts, IFeatureSetStore? FeatureSets = null);
