using Mlops.Core.Artifacts;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;

namespace Mlops.Lifecycle;

/// <summary>The three stores a lifecycle run writes to, whatever the backend.</summary>
public sealed record StoreSet(ITrackingStore Tracking, IModelRegistry Registry, IArtifactStore Artifacts);
