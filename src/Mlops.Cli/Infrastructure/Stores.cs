using Mlops.Core.Artifacts;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;

namespace Mlops.Cli.Infrastructure;

/// <summary>The three stores behind one tracking URI.</summary>
public sealed record Stores(string Uri, ITrackingStore Tracking, IModelRegistry Registry, IArtifactStore Artifacts);
