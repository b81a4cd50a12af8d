using Mlops.Core.Artifacts;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;

namespace Mlops.Core.Stores;

/// <summary>The three stores behind one tracking URI; disposing closes the backend's connections.</summary>
public sealed class OpenedStores(ITrackingStore tracking, IModelRegistry registry, IArtifactStore artifacts, IDisposable? owner) : IDisposable
{
    /// <summary>Experiments, runs, params, metrics and tags.</summary>
    public ITrackingStore Tracking { get; } = tracking;

    /// <summary>Registered models, versions, stages and aliases.</summary>
    public IModelRegistry Registry { get; } = registry;

    /// <summary>Files of runs and models.</summary>
    public IArtifactStore Artifacts { get; } = artifacts;

    /// <summary>Closes what the backend opened (database connections, an HTTP client it owns).</summary>
    public void Dispose() => owner?.Dispose();
}
