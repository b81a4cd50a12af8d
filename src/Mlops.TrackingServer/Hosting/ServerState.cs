using Mlops.Core.Artifacts;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;
using Mlops.TrackingServer.Artifacts;
using Mlops.TrackingServer.Runs;

namespace Mlops.TrackingServer.Hosting;

/// <summary>What every endpoint needs, handed to the Map methods once at startup instead of resolved per request.</summary>
internal sealed class ServerState(TrackingServerOptions options)
{
    public ITrackingStore Tracking { get; } = options.Tracking;

    public IModelRegistry Registry { get; } = options.Registry;

    public IArtifactStore Artifacts { get; } = options.Artifacts;

    public RunInputs Inputs { get; } = new(options.Tracking);

    public ArtifactLocations Locations { get; } = new(options.ArtifactsDestination, options.ProxyArtifacts);

    public TimeProvider Time { get; } = options.Time;
}
