using Mlops.Core.Artifacts;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;

namespace Mlops.TrackingServer;

/// <summary>
/// What the tracking server serves: the three stores, the local folder the artifact proxy serves
/// (<c>mlflow-artifacts:/</c> maps to it; open the tracking store with this folder as its artifact root), where to
/// listen (<see cref="Port"/> 0 picks a free port) and an optional bearer token required for writes.
/// </summary>
public sealed record TrackingServerOptions(
    ITrackingStore Tracking,
    IModelRegistry Registry,
    IArtifactStore Artifacts,
    string ArtifactsDestination)
{
    public string Host { get; init; } = "127.0.0.1";

    public int Port { get; init; } = 5000;

    public string? AuthToken { get; init; }
}
