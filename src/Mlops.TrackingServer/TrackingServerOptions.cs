using Mlops.Core.Artifacts;
using Mlops.Core.Coordination;
using Mlops.Core.Predictions;
using Mlops.Core.Registry;

namespace Mlops.TrackingServer;

/// <summary>
/// What the tracking server serves: the three stores, the local folder (or <c>s3://</c> URI, served through
/// <see cref="Artifacts"/>) the artifact proxy serves
/// (<c>mlflow-artifacts:/</c> maps to it; open the tracking store with this folder as its artifact root), where to
/// listen (<see cref="Port"/> 0 picks a free port), an optional bearer token (writes only, or reads too) and the Host
/// names accepted besides the loopback ones.
/// </summary>
public sealed record TrackingServerOptions(
    ITrackingStore Tracking,
    IModelRegistry Registry,
    IArtifactStore Artifacts,
    string ArtifactsDestination)
{
    public string Host { get; init; } = "127.0.0.1";

    public int Port { get; init; } = 5000;

    /// <summary>
    /// False: clients are told <c>file://</c> URIs of <see cref="ArtifactsDestination"/> and read and write it
    /// themselves, as with <c>mlflow server --default-artifact-root</c> without <c>--serve-artifacts</c>.
    /// </summary>
    public bool ProxyArtifacts { get; init; } = true;

    public string? AuthToken { get; init; }

    /// <summary>With <see cref="AuthToken"/>: reads need the token too; only /health and /version stay open.</summary>
    public bool AuthReads { get; init; }

    /// <summary>Host header names accepted besides localhost, 127.0.0.1 and [::1]; "*" accepts any (see <see cref="Core.Security.HostAllowList"/>).</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>
    /// The prediction log served under /api/2.0/mlops/predictions (`mlops server` passes its SQLite or PostgreSQL
    /// backend's); null: those routes answer 404 and server-info says there is none.
    /// </summary>
    public IPredictionLog? PredictionLog { get; init; }

    /// <summary>The labels of <see cref="PredictionLog"/>'s predictions; null: the label routes answer 404.</summary>
    public IPredictionFeedback? PredictionFeedback { get; init; }

    /// <summary>The leases served under /api/2.0/mlops/leases (`mlops server` passes its backend's); null: those routes answer 404.</summary>
    public ILeaseStore? Leases { get; init; }

    /// <summary>The clock for start times the client leaves out; tests supply a fake one.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
